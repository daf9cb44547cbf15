import type { Issue } from '../../src/issues/issue.js';
import type { Area } from '../../src/model/area.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { ReferenceText } from '../../src/model/framework.js';

/** A placeholder reference text, marked unverified as placeholders must be. */
export const placeholder = (text: string): ReferenceText => ({
  sv: { text, status: 'unverified', source: 'test fixture' },
});

/** The areas the fixture uses: Västmanland and Surahammar. */
export const areas: Area[] = [
  { code: '19', name: 'Västmanlands län', kind: 'lan', parent: '00' },
  { code: '1907', name: 'Surahammar', kind: 'kommun', parent: '19' },
];

/** A clock before the fixture's planned revision (2027). */
export const now = '2026-06-01';

/** A small dataset with no issues at all, policy included; each call gives a fresh copy to change. */
export function smallDataset(): Dataset {
  return {
    formatVersion: '1.0',
    id: 'test',
    title: { sv: 'Testdata' },
    source: { url: 'https://example.org/source' },
    frameworks: [
      {
        id: 'fw',
        version: '1',
        title: placeholder('Ramverk'),
        period: { start: 2025, end: 2034 },
        goals: [
          { id: 'm1', kind: 'overarching', number: 1, title: placeholder('Mål 1') },
          { id: 'd1', kind: 'subgoal', number: 1, title: placeholder('Delmål 1') },
          { id: 'd2', kind: 'subgoal', number: 2, title: placeholder('Delmål 2') },
          { id: 'd2-p1', kind: 'priority', parent: 'd2', title: placeholder('Prioritering') },
        ],
        links: [{ url: 'https://example.org/strategy' }],
      },
    ],
    organisations: [
      {
        id: 'kommun',
        name: { sv: 'Kommunen' },
        kind: 'kommun',
        area: '1907',
        url: 'https://kommun.example.org/',
      },
      { id: 'region', name: { sv: 'Regionen' }, kind: 'region', area: '19' },
      { id: 'socialtjanst', name: { sv: 'Socialtjänsten' }, kind: 'unit', parent: 'kommun' },
    ],
    plans: [
      {
        id: 'plan',
        kind: 'local',
        title: { sv: 'Handlingsplan' },
        scope: ['1907'],
        framework: 'fw',
        owner: 'kommun',
        decision: { decidedBy: 'kommun', date: '2025-03-18' },
        validity: { start: '2025', end: '2028' },
        period: { start: '2025', end: '2034' },
        revisionSchedule: { revisions: [{ date: '2026-01', done: true }, { date: '2027' }] },
        participants: [{ organisation: 'region' }],
        sections: [{ goal: 'd1' }],
        activities: [
          {
            id: 'a1',
            title: { sv: 'Utbildning' },
            goals: [{ goal: 'd1' }],
            kind: 'ongoing',
            status: 'ongoing',
            responsible: [{ organisation: 'kommun', role: 'lead' }],
            links: [{ url: 'https://example.org/a1' }],
            period: { start: '2025-03', end: '2026' },
          },
          {
            id: 'a2',
            title: { sv: 'Besökskort' },
            goals: [{ goal: 'd2-p1' }],
            kind: 'new',
            status: 'planned',
            responsible: [{ organisation: 'socialtjanst', role: 'performer' }],
            indicators: ['ind'],
          },
        ],
        indicators: ['ind'],
      },
    ],
    agreements: [
      {
        id: 'handslag',
        kind: 'handslag',
        title: { sv: 'Handslag' },
        scope: ['1907'],
        initiatedBy: 'region',
        parties: [
          { organisation: 'kommun', role: 'owner', duties: [] },
          { organisation: 'region', role: 'support', duties: [] },
        ],
        duration: { start: '2025-09', years: 2, horizon: '2030' },
        governance: { coordinator: { appointedBy: 'kommun', description: { sv: 'Samordnare' } } },
        decisionSteps: [{ body: 'kommun', decision: { sv: 'Beslut om handslag' } }],
        serves: [{ title: { sv: 'Strategin' }, kind: 'national-strategy', framework: 'fw', owner: 'region' }],
        goals: [{ framework: 'fw', goal: 'd2' }],
        baseline: { area: '1907', period: '2023', indicators: ['ind'] },
      },
    ],
    indicators: [
      {
        id: 'ind',
        title: { sv: 'Andel med gott välbefinnande' },
        unit: 'percent',
        polarity: 'higher-is-better',
        aboutPeople: true,
        breakdowns: ['sex', 'area'],
        source: { name: { sv: 'Källa' }, url: 'https://example.org/kalla' },
        goals: [{ framework: 'fw', goal: 'd1' }],
      },
    ],
    observations: [
      { indicator: 'ind', area: '1907', period: '2023', sex: 'T', value: 40, status: 'ok' },
      {
        indicator: 'ind',
        area: '1907',
        period: '2023',
        sex: 'K',
        value: 42,
        status: 'ok',
        ci: { lower: 38, upper: 46 },
      },
      { indicator: 'ind', area: '1907', period: '2023', sex: 'M', value: null, status: 'suppressed' },
    ],
  };
}

/** The codes of a result's issues, in order. */
export function codes(issues: readonly Issue[]): string[] {
  return issues.map((issue) => issue.code);
}

/** The one issue with a code; fails the test when there is not exactly one. */
export function only(issues: readonly Issue[], code: string): Issue {
  const found = issues.filter((issue) => issue.code === code);
  if (found.length !== 1)
    throw new Error(`expected one ${code}, found ${found.length}: ${JSON.stringify(codes(issues))}`);
  return found[0]!;
}
