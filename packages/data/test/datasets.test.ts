import { readdirSync, readFileSync } from 'node:fs';
import { DATASET_SCHEMA_URL, type Dataset, validateDataset } from '@dhol/core';
import { describe, expect, test } from 'vitest';
import {
  areas,
  exampleDatasets,
  nationalFramework,
  nationalFrameworkDataset,
  sormlandHandlingsplan2026,
  surahammarHandslag,
} from '../src/index.js';

const now = '2026-11-24';
const validate = (dataset: unknown) =>
  validateDataset(dataset, { frameworks: [nationalFramework], areas, now });
const datasetsDir = new URL('../datasets/', import.meta.url);
const plan = sormlandHandlingsplan2026.plans![0]!;
const activity = (id: string) => plan.activities.find((a) => a.id === id)!;

describe('the datasets validate', () => {
  test('the national framework dataset has no issue at all', () => {
    const result = validate(nationalFrameworkDataset);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });

  test('the Surahammar handslag has no issue at all', () => {
    const result = validate(surahammarHandslag);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });

  test('the Sörmland plan has no error, only a warning for each activity the document names no party for', () => {
    const result = validate(sormlandHandlingsplan2026);
    expect(result.ok).toBe(true);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const warned = result.issues.map((i) => {
      const [, , , index] = i.path;
      return [i.severity, i.code, plan.activities[index as number]?.title.sv];
    });
    expect(warned).toEqual(
      [
        'Tillsammans för barnens bästa i Sörmland',
        'Tillsammans för unga vuxna i Sörmland',
        'Safe Selfie Academy',
        'Analysera könsskillnader i psykisk ohälsa då statistiken visar att unga kvinnor oftare uppger psykisk ohälsa, medan unga män begår suicid i högre utsträckning.',
        'Utredda hur fler unga män kan söka stöd och våga prata om sitt mående.',
        'Webutbildning – ”Lär dig rädda liv”',
        'Utreda möjligt arbete med ”statistiska riskgrupper” för suicid.',
        'Webutbildning – personcentrerat bemötande',
        'Besökskort',
        'Analysera materialet från invånardialogerna – både synliga och saknade perspektiv.',
        'Mötesplatser för sociala aktiviteter och stöd',
        'Äldres psykiska hälsa och ensamhet',
        'Gemensam rutin efterlevandestöd',
        'Omställning Nära vård',
        'Nya socialtjänstlagen',
        'Samsjuklighetsutredningen',
        'Integrerade team',
        'Utredda möjligheter till läns-gemensamma utbildningsinsatser för att bättre kunna upptäcka suicidnära individer.',
        'Utveckla samarbetet med Budget- och skuldrådgivning som viktig part i att upptäcka personer med hög risk för suicid',
        'Länet följer och stödjer utvecklingen av ”Karta och kompass”',
        'Fortsätta följa resultaten av enkäten Liv och hälsa samt göra uppföljningar och initiera eventuella utvecklingsarbeten utifrån resultat.',
      ].map((title) => ['warning', 'policy.activity.no-responsible', title]),
    );
  });

  test('the Sörmland plan is not reported overdue before its first revision in 2027', () => {
    const codes = validateDataset(sormlandHandlingsplan2026, {
      frameworks: [nationalFramework],
      areas,
      now: '2027-06-30',
    }).issues.map((i) => i.code);
    expect(codes).not.toContain('policy.revision.overdue');
  });

  test('every JSON file under datasets/ carries the schema and format version and is exported', () => {
    const files = readdirSync(datasetsDir).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual([
      'det-handlar-om-livet-2025.json',
      'exempel-uppfoljning.json',
      'sormland-handlingsplan-2026.json',
      'surahammar-handslag.json',
    ]);
    for (const file of files) {
      const json = JSON.parse(readFileSync(new URL(file, datasetsDir), 'utf8')) as Dataset;
      expect(json.$schema, file).toBe(DATASET_SCHEMA_URL);
      expect(json.formatVersion, file).toBe('1.0');
    }
    expect(Object.keys(exampleDatasets).sort()).toEqual([
      'exempel-uppfoljning',
      'sormland-handlingsplan-2026',
      'surahammar-handslag',
    ]);
    expect(exampleDatasets['surahammar-handslag']).toBe(surahammarHandslag);
  });
});

describe('the Sörmland plan', () => {
  test('is the regional plan for län 04, owned by Länsstyrgruppen and decided by NSV', () => {
    expect(plan).toMatchObject({
      id: 'sormland-handlingsplan-2026',
      kind: 'regional',
      scope: ['04'],
      framework: 'det-handlar-om-livet-2025',
      owner: 'lansstyrgruppen-sormland',
      decision: { decidedBy: 'nsv', date: '2026-04-17', diarienummer: 'NSV26-0035-1' },
      validity: { start: '2026-04-17', untilRevised: true },
      period: { start: '2025', end: '2034' },
    });
    expect(plan.revisionSchedule?.revisions.map((r) => r.date)).toEqual(['2027', '2029', '2031', '2033']);
  });

  test('keeps both of the document’s statements on revision', () => {
    const text = plan.revisionSchedule?.text?.map((b) => (b.type === 'list' ? '' : b.text.sv)).join('\n');
    expect(text).toContain('Första revidering ska ske 2027 sedan vart annat år (2029, 2031, 2033)');
    expect(text).toContain('revideras i början av 2027 och därefter årligen');
  });

  test('has a section for each of the seven delmål', () => {
    expect(plan.sections?.map((s) => s.goal)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `delmal-${n}`));
  });

  test.each([
    ['besokskort', ['delmal-4', 'delmal-5']],
    ['job-crafting', ['delmal-3', 'delmal-7']],
    ['statistiska-riskgrupper', ['delmal-3', 'delmal-6']],
    ['lar-dig-radda-liv', ['delmal-3', 'delmal-6']],
    ['personcentrerat-bemotande', ['delmal-4', 'delmal-5']],
    ['rutin-efterlevandestod', ['delmal-5', 'delmal-6']],
    ['behovsanalys', ['delmal-1', 'delmal-2']],
    ['civilsamhallets-roll', ['delmal-1', 'delmal-4']],
  ])('the activity %s is one activity listed under %j', (id, goals) => {
    expect(plan.activities.filter((a) => a.id === id)).toHaveLength(1);
    expect(activity(id).goals.map((g) => g.goal)).toEqual(goals);
  });

  test('job crafting is a development area under delmål 3 and ongoing under delmål 7', () => {
    expect(activity('job-crafting').goals.map((g) => [g.goal, g.kind])).toEqual([
      ['delmal-3', 'development'],
      ['delmal-7', 'ongoing'],
    ]);
  });

  test('each listing keeps the document’s own wording', () => {
    expect(activity('personcentrerat-bemotande').goals.map((g) => g.listedAs?.sv)).toEqual([
      'Webutbildning – personcentrerat bemötande',
      'Personcentrerat bemötande',
    ]);
    expect(activity('rutin-efterlevandestod').goals.map((g) => g.listedAs?.sv)).toEqual([
      'Gemensam rutin efterlevandestöd',
      'Rutin efterlevandestöd',
    ]);
  });

  test('ongoing activities are ongoing and development areas are planned', () => {
    for (const a of plan.activities) {
      expect(a.status, a.id).toBe(a.kind === 'ongoing' ? 'ongoing' : 'planned');
    }
    expect(plan.activities.filter((a) => a.kind === 'ongoing')).toHaveLength(21);
    expect(plan.activities.filter((a) => a.kind === 'development')).toHaveLength(11);
  });

  test('names the parties with the roles the document gives them', () => {
    const roles = (id: string) => (activity(id).responsible ?? []).map((r) => [r.organisation, r.role]);
    expect(roles('natverk-forebyggande-arbete')).toEqual([
      ['drogsam', 'responsible'],
      ['lansstyrelsen-sodermanland', 'coordinator'],
    ]);
    expect(roles('halsosamtal-50-aringar')).toEqual([['vardcentralerna', 'performer']]);
    expect(roles('sikta-mot-arbetslivet')).toEqual([['samordningsforbundet', 'lead']]);
    expect(roles('andts-forebyggande-arbete')).toEqual([['lansstyrelsen-sodermanland', 'responsible']]);
  });

  test('has no links, since the document’s link addresses are not known', () => {
    // Its own `$schema` is the format's address, not a link of the document.
    const { $schema, ...content } = sormlandHandlingsplan2026;
    expect($schema).toBe(DATASET_SCHEMA_URL);
    expect(JSON.stringify(content)).not.toMatch(/https?:|"links"|"url"/);
  });
});

describe('the Surahammar handslag', () => {
  const agreement = surahammarHandslag.agreements![0]!;
  const org = (id: string) => surahammarHandslag.organisations!.find((o) => o.id === id)!;

  test('is initiated by the kommun, which is huvudman, with Välfärd as knowledge and process support', () => {
    expect(agreement).toMatchObject({
      id: 'surahammar-handslag',
      kind: 'handslag',
      initiatedBy: 'surahammars-kommun',
    });
    expect(agreement.parties.map((p) => [p.organisation, p.role, p.label?.sv])).toEqual([
      ['surahammars-kommun', 'owner', 'Huvudman'],
      ['valfard', 'support', 'Kunskaps- och processtöd'],
    ]);
  });

  test('places Välfärd within Regional utvecklingsförvaltning within Region Västmanland', () => {
    expect(org('valfard').parent).toBe('regional-utvecklingsforvaltning');
    expect(org('regional-utvecklingsforvaltning').parent).toBe('region-vastmanland');
    expect([org('surahammars-kommun').area, org('region-vastmanland').area]).toEqual(['1907', '19']);
  });

  test('runs two years within the handslag horizon of 2030, with a coordinator appointed by the kommun', () => {
    expect(agreement.duration).toMatchObject({ years: 2, horizon: '2030' });
    expect(agreement.governance?.coordinator?.appointedBy).toBe('surahammars-kommun');
  });

  test('is decided by the kommunstyrelse and the regionala utvecklingsnämnd, each signed by its chair', () => {
    expect(agreement.decisionSteps?.map((s) => [s.body, s.signatory?.sv])).toEqual([
      ['surahammar-kommunstyrelsen', 'kommunstyrelsens ordförande'],
      ['regionala-utvecklingsnamnden', 'ordförande i regionala utvecklingsnämnden'],
    ]);
  });

  test('serves the national strategy and the regional utvecklingsstrategi (RUS)', () => {
    expect(agreement.serves?.map((s) => [s.kind, s.framework ?? s.abbreviation])).toEqual([
      ['national-strategy', 'det-handlar-om-livet-2025'],
      ['regional-strategy', 'RUS'],
    ]);
  });

  test('has the 2023 baseline for Surahammar by sex, with no invented total for psykisk påfrestning', () => {
    const figures = surahammarHandslag.observations!.map((o) => [
      o.indicator,
      o.area,
      o.period,
      o.sex,
      o.value,
    ]);
    expect(figures).toEqual([
      ['fullgod-psykisk-halsa-unga', '1907', '2023', 'T', 48],
      ['fullgod-psykisk-halsa-unga', '1907', '2023', 'K', 44],
      ['fullgod-psykisk-halsa-unga', '1907', '2023', 'M', 52],
      ['psykisk-pafrestning-unga', '1907', '2023', 'K', 74],
      ['psykisk-pafrestning-unga', '1907', '2023', 'M', 48],
    ]);
  });

  test('reads higher fullgod psykisk hälsa as better and higher psykisk påfrestning as worse', () => {
    expect(surahammarHandslag.indicators!.map((i) => [i.id, i.unit, i.polarity, i.aboutPeople])).toEqual([
      ['fullgod-psykisk-halsa-unga', 'percent', 'higher-is-better', true],
      ['psykisk-pafrestning-unga', 'percent', 'lower-is-better', true],
    ]);
  });
});
