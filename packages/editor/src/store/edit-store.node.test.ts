import { exampleDatasets } from '@dhol/data';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EditStore, type StoreChange } from './edit-store.js';
import { getAt, isObject, type Path } from './path.js';

const plan = { id: 'p', kind: 'local', title: { sv: 'Plan' }, owner: 'a', activities: [] as unknown[] };
const dataset = () => ({ formatVersion: '1.0', plans: [plan] });

describe('edit', () => {
  test('an edit writes a new root and leaves the old one as it was', () => {
    const start = dataset();
    const store = new EditStore(start);
    store.edit(['plans', 0, 'title', 'sv'], 'Ny plan');
    expect(getAt(store.value, ['plans', 0, 'title', 'sv'])).toBe('Ny plan');
    expect(start.plans[0]!.title.sv).toBe('Plan');
    // Untouched branches are shared, not copied.
    expect(getAt(store.value, ['plans', 0, 'activities'])).toBe(plan.activities);
  });

  test('missing containers along the path are created', () => {
    const store = new EditStore(dataset());
    store.edit(['plans', 0, 'decision', 'date'], '2026-04-17');
    store.edit(['plans', 0, 'participants', 0, 'organisation'], 'nsv');
    expect(getAt(store.value, ['plans', 0, 'decision'])).toEqual({ date: '2026-04-17' });
    expect(getAt(store.value, ['plans', 0, 'participants'])).toEqual([{ organisation: 'nsv' }]);
  });

  test('an index past the end of an array is refused and changes nothing', () => {
    const store = new EditStore(dataset());
    expect(store.edit(['plans', 3, 'id'], 'x')).toBe(false);
    expect(store.edit(['plans', 0, 'participants', 2, 'organisation'], 'x')).toBe(false);
    expect(store.canUndo).toBe(false);
  });

  test('removing the last field of an optional group removes the group, and undo brings both back in place', () => {
    const store = new EditStore({ ...dataset(), plans: [{ ...plan, decision: { diarienummer: 'NSV26' } }] });
    const before = JSON.stringify(store.value);
    store.edit(['plans', 0, 'decision', 'diarienummer'], undefined);
    expect(getAt(store.value, ['plans', 0])).not.toHaveProperty('decision');
    store.undo();
    expect(JSON.stringify(store.value)).toBe(before);
  });

  test('undoing a removed key puts it back where it was, so the file keeps its order', () => {
    const store = new EditStore(dataset());
    const before = JSON.stringify(store.value);
    store.edit(['plans', 0, 'kind'], undefined);
    store.undo();
    expect(JSON.stringify(store.value)).toBe(before);
  });

  test('insert puts an element at the index; removing it and undoing restores the array', () => {
    const store = new EditStore({ list: ['a', 'c'] });
    store.edit(['list', 1], 'b', { insert: true });
    expect(getAt(store.value, ['list'])).toEqual(['a', 'b', 'c']);
    store.edit(['list', 0], undefined);
    expect(getAt(store.value, ['list'])).toEqual(['b', 'c']);
    store.undo();
    store.undo();
    expect(getAt(store.value, ['list'])).toEqual(['a', 'c']);
  });
});

describe('history', () => {
  test('a run of keystrokes in one field is one undo step; a sealed field starts a new one', () => {
    const store = new EditStore(dataset());
    for (const text of ['B', 'Be', 'Bes', 'Besö']) store.edit(['plans', 0, 'title', 'sv'], text);
    store.seal();
    store.edit(['plans', 0, 'title', 'sv'], 'Besök');
    expect(store.history).toHaveLength(2);
    store.undo();
    expect(getAt(store.value, ['plans', 0, 'title', 'sv'])).toBe('Besö');
    store.undo();
    expect(getAt(store.value, ['plans', 0, 'title', 'sv'])).toBe('Plan');
    store.redo();
    store.redo();
    expect(getAt(store.value, ['plans', 0, 'title', 'sv'])).toBe('Besök');
  });

  test('typing into an empty optional field and erasing it again leaves no step behind', () => {
    const store = new EditStore(dataset());
    store.edit(['plans', 0, 'subtitle', 'sv'], 'Å');
    store.edit(['plans', 0, 'subtitle', 'sv'], 'År');
    store.edit(['plans', 0, 'subtitle', 'sv'], undefined);
    expect(store.canUndo).toBe(false);
    expect(getAt(store.value, ['plans', 0])).not.toHaveProperty('subtitle');
  });

  test('a transaction is one step, undone in reverse order', () => {
    const store = new EditStore({ list: ['a', 'b', 'c'] });
    store.transact(() => {
      store.edit(['list', 0], undefined);
      store.edit(['list', 1], 'a', { insert: true });
    });
    expect(getAt(store.value, ['list'])).toEqual(['b', 'a', 'c']);
    expect(store.history).toHaveLength(1);
    store.undo();
    expect(getAt(store.value, ['list'])).toEqual(['a', 'b', 'c']);
  });

  test('a transaction joined to a field’s typing is undone with it, and what the field held before is known', () => {
    const store = new EditStore({ orgs: [{ id: 'a' }], refs: ['a', 'a'] });
    for (const text of ['ab', 'abc']) store.edit(['orgs', 0, 'id'], text);
    expect(store.valueBeforeTyping(['orgs', 0, 'id'])).toBe('a');
    expect(store.valueBeforeTyping(['orgs', 0])).toBeUndefined();
    store.seal();
    store.transact(() => {
      store.edit(['refs', 0], 'abc');
      store.edit(['refs', 1], 'abc');
    }, 'orgs/0/id');
    expect(store.history).toHaveLength(1);
    // Joined and sealed: the next keystroke is a step of its own, and the joined step is no longer typing.
    expect(store.valueBeforeTyping(['orgs', 0, 'id'])).toBeUndefined();
    store.edit(['orgs', 0, 'id'], 'abcd');
    expect(store.history).toHaveLength(2);
    store.undo();
    store.undo();
    expect(store.value).toEqual({ orgs: [{ id: 'a' }], refs: ['a', 'a'] });
    store.redo();
    expect(store.value).toEqual({ orgs: [{ id: 'abc' }], refs: ['abc', 'abc'] });
    // Joined only to that field's typing: after another step the transaction is a step of its own.
    store.edit(['refs', 0], 'x', { group: null });
    store.transact(() => store.edit(['refs', 1], 'x'), 'orgs/0/id');
    expect(store.history).toHaveLength(3);
  });

  test('a new edit after undo drops the steps that could have been redone', () => {
    const store = new EditStore(dataset());
    store.edit(['plans', 0, 'title', 'sv'], 'A', { group: null });
    store.undo();
    store.edit(['plans', 0, 'owner'], 'b', { group: null });
    expect(store.canRedo).toBe(false);
  });

  test('the state id returns to an earlier value on undo, and a merged keystroke changes it', () => {
    const store = new EditStore(dataset());
    const start = store.stateId;
    store.edit(['plans', 0, 'title', 'sv'], 'A');
    const afterA = store.stateId;
    store.edit(['plans', 0, 'title', 'sv'], 'AB');
    expect(store.stateId).not.toBe(afterA);
    store.undo();
    expect(store.stateId).toBe(start);
  });

  test('listeners hear every change with its source', () => {
    const store = new EditStore(dataset());
    const heard: StoreChange['source'][] = [];
    store.subscribe((change) => heard.push(change.source));
    store.edit(['plans', 0, 'owner'], 'x');
    store.undo();
    store.redo();
    store.open({});
    expect(heard).toEqual(['edit', 'undo', 'redo', 'open']);
  });
});

// ── Property: random edits, undos and redos never throw; undoing everything returns the original ──────────────

/** Every path in a JSON value, containers included. */
function allPaths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) allPaths(value[i], [...prefix, i], out);
  } else if (isObject(value))
    for (const [key, item] of Object.entries(value)) allPaths(item, [...prefix, key], out);
  return out;
}

type Step =
  | {
      kind: 'edit';
      pick: number;
      extra: (string | number)[];
      value: unknown;
      insert: boolean;
      group: boolean;
    }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'seal' }
  | { kind: 'type'; pick: number; extra: (string | number)[]; values: (string | undefined)[] }
  | { kind: 'transaction'; edits: { pick: number; value: unknown }[] };

const jsonValue = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.dictionary(
    fc.constantFrom('sv', 'en', 'goal', '__proto__', 'constructor'),
    fc.string({ maxLength: 4 }),
    {
      maxKeys: 2,
    },
  ),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
);

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      pick: fc.nat(),
      extra: fc.array(fc.oneof(fc.constantFrom('sv', 'en', 'x'), fc.nat({ max: 3 })), { maxLength: 2 }),
      value: jsonValue,
      insert: fc.boolean(),
      group: fc.boolean(),
    }),
  },
  {
    // Keystrokes in one field, as a person types, erases and types again (an optional field removes its value
    // when emptied): the edits that merge into one undo step.
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      pick: fc.nat(),
      extra: fc.array(fc.oneof(fc.constantFrom('sv', 'en', 'x'), fc.constant(0)), { maxLength: 2 }),
      values: fc.array(fc.option(fc.string({ maxLength: 3 }), { nil: undefined }), {
        minLength: 1,
        maxLength: 6,
      }),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'seal' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('transaction' as const),
      edits: fc.array(fc.record({ pick: fc.nat(), value: jsonValue }), { maxLength: 4 }),
    }),
  },
);

function run(store: EditStore, steps: Step[]): void {
  for (const s of steps) {
    if (s.kind === 'undo') store.undo();
    else if (s.kind === 'redo') store.redo();
    else if (s.kind === 'seal') store.seal();
    else if (s.kind === 'type') {
      const paths = allPaths(store.value);
      const path = [...paths[s.pick % paths.length]!, ...s.extra];
      for (const value of s.values) store.edit(path, value);
    } else if (s.kind === 'edit') {
      const paths = allPaths(store.value);
      const path = [...paths[s.pick % paths.length]!, ...s.extra];
      store.edit(path, s.value, { insert: s.insert, ...(s.group ? {} : { group: null }) });
    } else {
      store.transact(() => {
        for (const e of s.edits) {
          const paths = allPaths(store.value);
          store.edit(paths[e.pick % paths.length]!, e.value);
        }
      });
    }
  }
}

describe.each(Object.entries(exampleDatasets))('random edits of %s', (_name, original) => {
  test('never throw, and undoing every step returns the original exactly; redoing them returns the last state', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const store = new EditStore(original);
        run(store, steps);
        const last = JSON.stringify(store.value);
        while (store.canRedo) store.redo();
        const end = JSON.stringify(store.value);
        let undone = 0;
        while (store.undo()) undone++;
        expect(JSON.stringify(store.value)).toBe(JSON.stringify(original));
        for (let i = 0; i < undone; i++) store.redo();
        expect(JSON.stringify(store.value)).toBe(end);
        expect(typeof last).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
