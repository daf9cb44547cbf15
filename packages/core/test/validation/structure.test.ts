import { describe, expect, test } from 'vitest';
import type { Activity } from '../../src/model/activity.js';
import type { Dataset } from '../../src/model/dataset.js';
import { validateDataset } from '../../src/validation/index.js';
import { areas, codes, only, smallDataset } from './fixtures.js';

type Loose = Record<string, unknown>;

function withPlan(change: (plan: Loose) => void) {
  const data = smallDataset();
  change(data.plans![0] as unknown as Loose);
  return validateDataset(data).issues;
}

describe('structure issues', () => {
  test('a missing required field names the field and what it should be', () => {
    const issue = only(
      withPlan((plan) => delete plan.title),
      'structure.required',
    );
    expect(issue.path).toEqual(['plans', 0, 'title']);
    expect(issue.message.sv).toBe('Fältet ”title” saknas; det krävs och ska vara ett objekt.');
    expect(issue.message.en).toBe('The field "title" is missing; it is required and must be an object.');
  });

  test('a wrong type says what was expected and what was found', () => {
    const issue = only(
      withPlan((plan) => (plan.activities = {})),
      'structure.type',
    );
    expect(issue.message.sv).toBe('Fältet ”activities” ska vara en lista, men är ett objekt.');
    expect(issue.message.en).toBe('The field "activities" must be a list, but is an object.');
  });

  test('a number where text belongs is shown with its value', () => {
    const issue = only(
      withPlan((plan) => (plan.title = { sv: 5 })),
      'structure.type',
    );
    expect(issue.path).toEqual(['plans', 0, 'title', 'sv']);
    expect(issue.message.sv).toBe('Fältet ”sv” ska vara text, men är talet 5.');
  });

  test('an unknown field is reported at its own path so it can be found and removed', () => {
    const issue = only(
      withPlan((plan) => (plan.titel = 'x')),
      'structure.unknown-key',
    );
    expect(issue.path).toEqual(['plans', 0, 'titel']);
    expect(issue.message.sv).toContain('Okänt fält ”titel”');
    expect(issue.message.en).toContain('Unknown field "titel"');
  });

  test('a value outside an enumeration lists the allowed values', () => {
    const issue = only(
      withPlan((plan) => (plan.kind = 'municipal')),
      'structure.enum',
    );
    expect(issue.message.sv).toBe(
      'Fältet ”kind” har värdet "municipal"; tillåtna värden är "national", "regional", "local".',
    );
  });

  test('an id with capitals explains the id format', () => {
    const issue = only(
      withPlan((plan) => (plan.id = 'Plan 1')),
      'structure.format',
    );
    expect(issue.message.sv).toContain('ska vara ett id av små bokstäver');
    expect(issue.message.en).toContain('but is "Plan 1"');
  });

  test('an area code of the wrong form explains area codes', () => {
    const issue = only(
      withPlan((plan) => (plan.scope = ['190'])),
      'structure.format',
    );
    expect(issue.path).toEqual(['plans', 0, 'scope', 0]);
    expect(issue.message.sv).toContain('Fältet ”scope[0]” ska vara en områdeskod');
  });

  test('an empty list that needs entries says how many it needs', () => {
    const issue = only(
      withPlan((plan) => (plan.scope = [])),
      'structure.too-small',
    );
    expect(issue.message.sv).toBe('Fältet ”scope” ska ha minst 1 post (har 0).');
    expect(issue.message.en).toBe('The field "scope" must have at least 1 entry (has 0).');
  });

  test('an empty text says it must not be empty', () => {
    const issue = only(
      withPlan((plan) => (plan.title = { sv: '' })),
      'structure.too-small',
    );
    expect(issue.message.sv).toBe('Fältet ”sv” får inte vara tomt.');
  });

  test('a 10 MB text is refused with its length in Swedish number format, not echoed', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const issue = only(
      withPlan((plan) => (plan.title = { sv: huge })),
      'structure.too-big',
    );
    expect(issue.message.sv).toBe('Fältet ”sv” får ha högst 20\u00a0000 tecken (har 10\u00a0485\u00a0760).');
    expect(JSON.stringify(issue).length).toBeLessThan(1000);
  });

  test('a wrong format version tells which version to write', () => {
    const data = smallDataset() as unknown as Loose;
    data.formatVersion = '2.0';
    const issue = only(validateDataset(data).issues, 'structure.format-version');
    expect(issue.message.sv).toContain('Ange "formatVersion": "1.0"');
    expect(issue.path).toEqual(['formatVersion']);
  });

  test('a text block of unknown type lists the block types', () => {
    const issue = only(
      withPlan((plan) => (plan.purpose = [{ type: 'quote', text: { sv: 'x' } }])),
      'structure.enum',
    );
    expect(issue.path).toEqual(['plans', 0, 'purpose', 0, 'type']);
    expect(issue.message.en).toContain('"paragraph", "list", "heading"');
  });

  test('Infinity is called out as not a finite number', () => {
    const data = smallDataset();
    data.observations![0]!.value = Number.POSITIVE_INFINITY;
    const issue = only(validateDataset(data).issues, 'structure.type');
    expect(issue.message.en).toContain('Infinity (not a finite number)');
  });

  test('a fractional count asks for a whole number', () => {
    const data = smallDataset();
    data.observations![0]!.count = 1.5;
    const issue = only(validateDataset(data).issues, 'structure.type');
    expect(issue.message.sv).toBe('Fältet ”count” ska vara ett heltal, men är talet 1.5.');
  });

  test('a date that does not exist is a date error, not a format error', () => {
    const data = smallDataset();
    data.plans![0]!.decision!.date = '2026-02-30';
    expect(codes(validateDataset(data, { areas }).issues)).toEqual(['date.invalid']);
  });

  test('a date in the wrong form is a format error that shows the form', () => {
    const data = smallDataset();
    data.plans![0]!.decision!.date = '18/3/2025';
    const issue = only(validateDataset(data).issues, 'structure.format');
    expect(issue.message.sv).toContain('ÅÅÅÅ-MM-DD');
  });

  test('a missing choice is said to be missing, with its choices, never as the value undefined', () => {
    const data = smallDataset();
    delete (data.plans![0]!.activities[0] as Partial<Activity>).status;
    const issue = only(validateDataset(data).issues, 'structure.required');
    expect(issue.path).toEqual(['plans', 0, 'activities', 0, 'status']);
    expect(issue.message.sv).toBe(
      'Fältet ”status” saknas; det krävs och ska vara ett av "planned", "ongoing", "completed", "paused", "cancelled".',
    );
    expect(issue.message.en).toContain('The field "status" is missing; it is required and must be one of');
    expect(`${issue.message.sv} ${issue.message.en}`).not.toContain('undefined');
  });

  test('a missing format version is said to be missing', () => {
    const data: Partial<Dataset> = smallDataset();
    delete data.formatVersion;
    const issue = only(validateDataset(data).issues, 'structure.required');
    expect(issue.message.sv).toBe('Fältet ”formatVersion” saknas; det krävs och ska vara "1.0".');
  });

  test('the root is named as the document, in words, in both languages', () => {
    const issue = only(validateDataset([]).issues, 'structure.type');
    expect(issue.message.sv).toBe('Dokumentet ska vara ett objekt, men är en lista.');
    expect(issue.message.en).toBe('The document must be an object, but is a list.');
  });

  test('input that is not an object at all gets one clear issue at the root', () => {
    for (const input of [null, undefined, 42, 'text', [], true]) {
      const result = validateDataset(input);
      expect(result.ok).toBe(false);
      expect(result.issues[0]?.path).toEqual([]);
      expect(['structure.type', 'structure.required']).toContain(result.issues[0]?.code);
    }
  });

  test('a __proto__ key from JSON.parse is an unknown field and pollutes nothing', () => {
    const data = JSON.parse('{"formatVersion":"1.0","__proto__":{"polluted":true}}');
    const result = validateDataset(data);
    expect(codes(result.issues)).toEqual(['structure.unknown-key']);
    expect(({} as Loose).polluted).toBeUndefined();
  });
});
