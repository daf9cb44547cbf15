import { DATASET_SCHEMA_URL, type Goal, type ReferenceText, type SourcedText } from '@dhol/core';
import { describe, expect, test } from 'vitest';
import { nationalFramework, nationalFrameworkDataset } from '../src/index.js';

const goals = (kind: Goal['kind']) => nationalFramework.goals.filter((g) => g.kind === kind);
const goal = (id: string) => nationalFramework.goals.find((g) => g.id === id)!;

/** Every wording in a reference text: both languages and the alternatives. */
function wordings(text: ReferenceText | undefined): SourcedText[] {
  if (!text) return [];
  return [text.sv, text.en, ...(text.alternatives ?? [])].filter((t): t is SourcedText => t !== undefined);
}

describe('the national framework', () => {
  test('is Det handlar om livet, version 2025, Skr. 2024/25:77 for 2025–2034', () => {
    expect(nationalFramework.id).toBe('det-handlar-om-livet-2025');
    expect(nationalFramework.version).toBe('2025');
    expect(nationalFramework.title.sv?.text).toBe(
      'Det handlar om livet – nationell strategi inom området psykisk hälsa och suicidprevention',
    );
    expect(nationalFramework.publication?.sv?.text).toContain('2024/25:77');
    expect(nationalFramework.decided).toBe('2024-12-19');
    expect(nationalFramework.published).toBe('2025-01-10');
    expect(nationalFramework.period).toEqual({ start: 2025, end: 2034 });
  });

  test('has four overarching goals mal-1 to mal-4 and seven numbered delmål', () => {
    expect(goals('overarching').map((g) => [g.id, g.number])).toEqual([
      ['mal-1', 1],
      ['mal-2', 2],
      ['mal-3', 3],
      ['mal-4', 4],
    ]);
    expect(goals('subgoal').map((g) => [g.id, g.number])).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => [`delmal-${n}`, n]),
    );
  });

  test('every text carries a source and a status', () => {
    const texts = [
      nationalFramework.title,
      nationalFramework.publication,
      nationalFramework.vision,
      ...nationalFramework.goals.flatMap((g) => [g.title, g.description]),
      ...(nationalFramework.notes ?? []),
    ].flatMap(wordings);
    expect(texts.length).toBeGreaterThan(30);
    for (const text of texts) {
      expect(text.source.length, text.text).toBeGreaterThan(0);
      expect(['verified', 'translation', 'unverified'], text.text).toContain(text.status);
    }
  });

  test('the overarching goals give the adopted English as a translation and the 2023 Swedish as an alternative', () => {
    for (const g of goals('overarching')) {
      expect(g.title.en?.status, g.id).toBe('translation');
      expect(g.title.alternatives, g.id).toEqual([
        expect.objectContaining({ lang: 'sv', status: 'verified', version: '2023-proposal' }),
      ]);
    }
    expect(goal('mal-2').title.alternatives?.[0]?.text).toBe('Färre liv förlorade i suicid');
  });

  test('only goal 3 has an adopted Swedish wording, and it is marked unverified', () => {
    expect(
      goals('overarching')
        .filter((g) => g.title.sv)
        .map((g) => g.id),
    ).toEqual(['mal-3']);
    expect(goal('mal-3').title.sv).toMatchObject({
      text: 'Minskad påverkbar ojämlikhet i psykisk hälsa',
      status: 'unverified',
    });
  });

  test('the delmål and the vision are verified Swedish wording', () => {
    expect(nationalFramework.vision?.sv?.status).toBe('verified');
    for (const g of goals('subgoal')) expect(g.title.sv?.status, g.id).toBe('verified');
    expect(goal('delmal-6').title.sv?.text).toBe('Stärkt suicidpreventivt arbete');
  });

  test('priorities are known for delmål 3 in verified Swedish and for delmål 6 in English only', () => {
    const priorities = goals('priority');
    expect(
      priorities.filter((p) => p.parent === 'delmal-3').map((p) => [p.title.sv?.status, p.title.en]),
    ).toEqual([
      ['verified', undefined],
      ['verified', undefined],
      ['verified', undefined],
    ]);
    const six = priorities.filter((p) => p.parent === 'delmal-6');
    expect(six).toHaveLength(6);
    for (const p of six) {
      expect(p.title.sv, p.id).toBeUndefined();
      expect(p.title.en?.status, p.id).toBe('translation');
    }
    expect(priorities.every((p) => p.parent === 'delmal-3' || p.parent === 'delmal-6')).toBe(true);
  });

  test('the national follow-up is described with its report dates', () => {
    const notes = (nationalFramework.notes ?? []).map((n) => n.sv?.text ?? '').join(' ');
    expect(notes).toContain('Folkhälsomyndigheten och Socialstyrelsen');
    expect(notes).toContain('slutredovisning 19 december 2028');
  });

  test('is published as a dataset file with the schema and format version', () => {
    expect(nationalFrameworkDataset.$schema).toBe(DATASET_SCHEMA_URL);
    expect(nationalFrameworkDataset.formatVersion).toBe('1.0');
  });
});
