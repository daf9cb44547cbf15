/**
 * Reads the two source documents and checks that every line of them came through into the datasets: each
 * activity under each delmål with its parties, every paragraph, and every party, duty, decision step and figure
 * of the handslag. The documents live beside the repository (`../shared/seeds`); without them the tests skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Activity, Organisation, PartyRole } from '@dhol/core';
import { describe, expect, test } from 'vitest';
import { sormlandHandlingsplan2026, surahammarHandslag } from '../src/index.js';

const seeds = new URL('../../../../shared/seeds/', import.meta.url);
const sormlandSeed = new URL('002_0ee5485667fdc5cd.txt', seeds);
const surahammarSeed = new URL('000_f63532bae0af835a.txt', seeds);
const haveSeeds = existsSync(sormlandSeed) && existsSync(surahammarSeed);
if (!haveSeeds)
  console.warn('nothing-lost: the source documents (../shared/seeds) are absent; skipping these tests.');

/** Collapses white space and drops markup the extraction left: links `[text](#)`, bold, superscripts. */
function clean(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\(#\)/g, '$1')
    .replace(/<sup>\d+<\/sup>|¹/g, '')
    .replace(/<\/?b>|\*\*|\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every string in a value, cleaned and joined: the text a reader of the dataset can find. */
function corpus(value: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(clean(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return out.join('\n');
}

/** Text compared loosely across punctuation the data splits on (a dash or a full stop between title and text). */
const loose = (text: string) =>
  clean(text)
    .replace(/[\s–.-]+/g, ' ')
    .trim();

const ROLE_WORDS: [RegExp, PartyRole][] = [
  [/^Samordnas av (.+)$/i, 'coordinator'],
  [/^Utförs av (.+)$/i, 'performer'],
  [/^Leds av (.+)$/i, 'lead'],
];

describe.skipIf(!haveSeeds)('nothing of the Sörmland plan is lost', () => {
  const lines = haveSeeds ? readFileSync(sormlandSeed, 'utf8').split('\n') : [];
  const plan = sormlandHandlingsplan2026.plans![0]!;
  const organisations = sormlandHandlingsplan2026.organisations!;
  const text = corpus(sormlandHandlingsplan2026);

  /** The lines under each "Pågående aktiviteter" and "Identifierade utvecklingsområden" heading, by delmål. */
  const listings: { delmal: number; kind: 'ongoing' | 'development'; line: string }[] = [];
  const sectionLines = new Set<number>();
  {
    let delmal = 0;
    let kind: 'ongoing' | 'development' | undefined;
    lines.forEach((raw, index) => {
      const line = clean(raw.replace(/^#+\s*/, ''));
      const heading = /^#/.test(raw);
      if (heading && /^Delmål (\d)/.test(line))
        [delmal, kind] = [Number(line.match(/^Delmål (\d)/)![1]), undefined];
      else if (heading && line.startsWith('Pågående aktiviteter')) kind = 'ongoing';
      else if (heading && line.startsWith('Identifierade utvecklingsområden')) kind = 'development';
      else if (heading) kind = undefined;
      else if (kind && delmal > 0 && line) {
        listings.push({ delmal, kind, line: line.replace(/^- /, '') });
        sectionLines.add(index);
      }
    });
  }

  const nameOf = (o: Organisation) =>
    [o.name.sv, o.shortName?.sv].filter(Boolean).map((n) => n!.toLowerCase());
  const orgNamed = (name: string) => organisations.find((o) => nameOf(o).includes(name.trim().toLowerCase()));
  const wordingsFor = (a: Activity, goal: string) => {
    const link = a.goals.find((g) => g.goal === goal);
    if (!link) return [];
    const description = (a.description ?? []).map((b) => (b.type === 'list' ? '' : b.text.sv)).join(' ');
    return [link.listedAs?.sv, a.title.sv, `${a.title.sv} ${description}`]
      .filter(Boolean)
      .map((t) => loose(t!));
  };

  test('the document has the activity lists the test expects to read', () => {
    expect(listings.filter((l) => !l.line.endsWith(':')).length).toBeGreaterThanOrEqual(40);
  });

  test('every listed activity is an activity linked to the delmål it is listed under, with its parties', () => {
    // Under delmål 5 the only line below "Identifierade utvecklingsområden" is a principle for all activities.
    const principle = 'I samtliga identifierade samt pågående aktiviteter bör vi säkerställa';
    for (const { delmal, kind, line } of listings) {
      if (line.endsWith(':') || line.startsWith(principle)) continue;
      const parties: string[] = [];
      let rest = line;
      for (let m = rest.match(/\s*\(([^()]*)\)$/); m; m = rest.match(/\s*\(([^()]*)\)$/)) {
        parties.unshift(m[1]!);
        rest = rest.slice(0, m.index);
      }
      const goal = `delmal-${delmal}`;
      const found = plan.activities.find((a) => wordingsFor(a, goal).includes(loose(rest)));
      expect(found, `delmål ${delmal}: ${line}`).toBeDefined();
      const linkKind = found!.goals.find((g) => g.goal === goal)!.kind ?? found!.kind;
      expect(linkKind, line).toBe(kind);
      for (const party of parties) {
        const [pattern, role] = ROLE_WORDS.find(([p]) => p.test(party)) ?? [/^(.+)$/, 'responsible'];
        for (const name of party.match(pattern)![1]!.split('&')) {
          const organisation = orgNamed(name);
          expect(organisation, `${name} in "${line}"`).toBeDefined();
          expect(found!.responsible, line).toContainEqual(
            expect.objectContaining({ organisation: organisation!.id, role }),
          );
        }
      }
      const led = rest.match(/leds av (\S+)/);
      if (led) {
        expect(found!.responsible, line).toContainEqual(
          expect.objectContaining({ organisation: orgNamed(led[1]!)!.id, role: 'lead' }),
        );
      }
    }
  });

  test('every activity of the plan comes from a line of the document', () => {
    for (const a of plan.activities) {
      for (const link of a.goals) {
        const delmal = Number(link.goal.replace('delmal-', ''));
        const wordings = wordingsFor(a, link.goal);
        const listed = listings.some(
          (l) => l.delmal === delmal && wordings.includes(loose(l.line.replace(/(\s*\([^()]*\))+$/, ''))),
        );
        expect(listed, `${a.id} under ${link.goal}`).toBe(true);
      }
    }
  });

  test('every paragraph, list item and introduction of the document is in the dataset', () => {
    const start = lines.findIndex((l) => l.startsWith('## Bakgrund'));
    lines.forEach((raw, index) => {
      if (index < start || (sectionLines.has(index) && !raw.trim().endsWith(':'))) return;
      if (/^#|^---$/.test(raw.trim()) || !raw.trim()) return;
      const line = clean(raw.replace(/^- /, '').replace(/^<sup>1<\/sup>/, ''));
      expect(text.includes(line), `line ${index + 1}: ${line}`).toBe(true);
    });
  });

  test('the heading of the delmål 4 development areas keeps its words about the dialogues', () => {
    expect(text).toContain('Identifierade utvecklingsområden baserat på invånardialogerna');
  });

  test('the document information is in the plan', () => {
    const info = (label: string) =>
      clean(
        lines
          .find((l) => l.includes(`<b>${label}`))!
          .split(`${label}`)[1]!
          .replace(/^:?<\/b>:?/, ''),
      );
    expect(info('Dokumentkategori')).toBe(plan.category?.sv);
    expect(info('Dokumentansvarig')).toBe(organisations.find((o) => o.id === plan.owner)?.name.sv);
    expect(info('Diarienummer')).toBe(plan.decision?.diarienummer);
    expect(info('Beslutad av')).toBe(
      `${organisations.find((o) => o.id === plan.decision?.decidedBy)?.name.sv} den 17 april 2026`,
    );
    expect(info('Giltighetstid')).toBe(plan.validity?.note?.sv);
    expect(text).toContain(info('Revideringar i överenskommelsen'));
    expect(plan.title.sv).toBe(clean(info('Dokumenttitel').split('Diarienummer')[0]!));
  });
});

describe.skipIf(!haveSeeds)('nothing of the Surahammar handslag is lost', () => {
  const seed = haveSeeds ? readFileSync(surahammarSeed, 'utf8') : '';
  const agreement = surahammarHandslag.agreements![0]!;
  const organisations = surahammarHandslag.organisations!;
  const text = corpus(surahammarHandslag);
  // The extraction put every line between blank lines, and a page number alone on a line.
  const lines = seed
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^\d+$/.test(l));
  const isHeading = (l: string) => l.length < 45 && !/[.,:]$/.test(l);
  const body = clean(lines.filter((l) => !isHeading(l)).join(' '));
  const sentences = body.split(/(?<=\.)\s+(?=[A-ZÅÄÖ])/);

  test('every sentence of the document is in the dataset', () => {
    expect(sentences.length).toBeGreaterThan(40);
    for (const sentence of sentences) expect(text.includes(sentence), sentence).toBe(true);
  });

  test('the title, the parties and the sub-headings are in the dataset', () => {
    const headings = lines.filter(isHeading);
    expect(headings).toEqual([
      'Handslag: Det handlar om livet',
      'Surahammars kommun och Region Västmanland',
      'Bakgrund',
      'Surahammar',
      'Region Västmanland, Välfärd',
      'Mål och syfte med arbetet',
      'Genomförande och roller',
      'Beslutsprocess',
    ]);
    expect(agreement.title.sv).toBe(headings[0]);
    expect(agreement.subtitle?.sv).toBe(headings[1]);
    for (const heading of headings.slice(3, 5)) {
      expect(agreement.background).toContainEqual({ type: 'heading', text: { sv: heading } });
    }
  });

  test('every duty the document gives a party is among that party’s duties', () => {
    const duties = (id: string) =>
      agreement.parties.find((p) => p.organisation === id)!.duties.map((d) => d.sv);
    const kommun = sentences.filter((s) =>
      /^(Som huvudman|Surahammars kommun ansvarar|Det operativa|Kommunen ansvarar|Att utifrån)/.test(s),
    );
    const valfard = sentences.filter((s) =>
      /^(Region Västmanland, verksamhet Välfärd bidrar|Välfärd bidrar)/.test(s),
    );
    const joint = sentences.filter((s) => /gemensamt av parterna|Parterna ansvarar gemensamt/.test(s));
    expect([kommun.length, valfard.length, joint.length]).toEqual([5, 2, 2]);
    expect(duties('surahammars-kommun')).toEqual([...kommun, ...joint]);
    expect(duties('valfard')).toEqual([...valfard, ...joint]);
  });

  test('each decision step names the body and signatory the document names', () => {
    const decision = sentences.find((s) => s.startsWith('Handslaget beslutas av'))!;
    for (const step of agreement.decisionSteps!) {
      const body = organisations.find((o) => o.id === step.body)!;
      expect(decision.toLowerCase()).toContain(
        body.name.sv.toLowerCase().replace(/ i surahammars kommun$/, ''),
      );
      expect(decision).toContain(`skrivs under av ${step.signatory!.sv}`);
    }
  });

  test('every figure of the document is an observation with the same value', () => {
    const value = (indicator: string, sex: string) =>
      surahammarHandslag.observations!.find((o) => o.indicator === indicator && o.sex === sex)?.value;
    const [, total] = body.match(/hade (\d+)% av ungdomarna/)!;
    const [, girls, boys] = body.match(/där (\d+)% av tjejerna och (\d+)% av killarna hade fullgod/)!;
    const [, strainGirls, strainBoys] = body.match(
      /tjejer där andelen uppgår till (\d+)%, jämfört med (\d+)% bland killar/,
    )!;
    expect([value('fullgod-psykisk-halsa-unga', 'T'), value('fullgod-psykisk-halsa-unga', 'K')]).toEqual([
      Number(total),
      Number(girls),
    ]);
    expect(value('fullgod-psykisk-halsa-unga', 'M')).toBe(Number(boys));
    expect([value('psykisk-pafrestning-unga', 'K'), value('psykisk-pafrestning-unga', 'M')]).toEqual([
      Number(strainGirls),
      Number(strainBoys),
    ]);
    expect(body.match(/\d+%/g)).toHaveLength(surahammarHandslag.observations!.length);
  });
});
