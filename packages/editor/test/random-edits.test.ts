// Random edits, undos and redos of each example dataset in the editor itself, with the form drawn after every step
// and a random view shown: nothing throws, not even inside the editor (where a view that fails to draw is caught
// and said in the console), and undoing every step returns the example exactly. The store's own property test (edit-store.node.test.ts) runs many more
// sequences without drawing.
import { exampleDatasets } from '@dhol/data';
import fc from 'fast-check';
import { html } from 'lit';
import { afterEach, expect, test, vi } from 'vitest';
import '../src/components/editor/dhol-editor.js';
import type { DholEditor } from '../src/components/editor/editor.js';
import { isObject, type Path } from '../src/store/path.js';
import { MemoryStorage, mount, unmountAll, validated } from './helpers.js';

afterEach(() => unmountAll());

/** Every path in a JSON value, containers included. */
function allPaths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) allPaths(value[i], [...prefix, i], out);
  } else if (isObject(value))
    for (const [key, item] of Object.entries(value)) allPaths(item, [...prefix, key], out);
  return out;
}

const value = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({}),
  fc.constant([]),
  fc.constantFrom('2026-13-45', 'javascript:alert(1)', 'delmal-9', 'klar', '<b>x</b>'),
);

type Step =
  | { kind: 'edit'; pick: number; value: unknown }
  | { kind: 'undo' | 'redo' }
  | { kind: 'view'; pick: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), value }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('view' as const), pick: fc.nat() }) },
);

async function drawn(el: DholEditor): Promise<void> {
  while (!(await el.updateComplete)) {
    // another update was requested while this one ran
  }
}

test.each(Object.entries(exampleDatasets))(
  '%s: random edits, undos and redos in the editor never throw, and undoing all returns the example',
  { timeout: 600_000 },
  async (_name, original) => {
    const text = JSON.stringify(original);
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    const drawErrors = vi.spyOn(console, 'error');
    window.addEventListener('error', onError);
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
          unmountAll();
          drawErrors.mockClear();
          errors.length = 0;
          const el = mount<DholEditor>(
            html`<dhol-editor .storage=${new MemoryStorage()} .now=${'2026-11-24'} .validationDelay=${0}></dhol-editor>`,
          );
          el.data = structuredClone(original);
          await validated(el);
          for (const s of steps) {
            if (s.kind === 'edit') {
              const paths = allPaths(el.data).filter((path) => path.length > 0);
              el.store.edit(paths[s.pick % paths.length]!, s.value);
            } else if (s.kind === 'view') {
              const views = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav.parts button');
              views[s.pick % views.length]?.click();
            } else if (s.kind === 'undo') el.undo();
            else el.redo();
            await drawn(el);
            expect(drawErrors).not.toHaveBeenCalled();
          }
          await validated(el);
          while (el.store.canUndo) {
            el.undo();
            await drawn(el);
          }
          expect(JSON.stringify(el.data)).toBe(text);
          expect(errors).toEqual([]);
        }),
        { numRuns: 12 },
      );
    } finally {
      window.removeEventListener('error', onError);
      drawErrors.mockRestore();
    }
  },
);
