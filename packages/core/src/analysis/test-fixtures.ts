/**
 * Small fixtures for the analysis tests. Goal titles and activity names are taken from the seeds (the national
 * strategy's delmål, Sörmland's handlingsplan, Surahammar's handslag); structure, ids and any figure not quoted
 * from a seed (county and country values, confidence intervals, earlier years) are made up for the tests.
 */
import type { Activity, Area, Framework, Goal, Indicator, Observation, Plan } from '../model/index.js';

const DELMAL_TITLES = [
  'Ökat fokus på att stärka psykiskt välbefinnande och psykisk hälsa som resurs för individ och samhälle',
  'Ökade investeringar i barn och unga för en god psykisk hälsa genom hela livet',
  'Ett inkluderande och hållbart arbetsliv som främjar psykisk hälsa',
  'Ett inkluderande samhälle med delaktiga invånare',
  'Vård och omsorg som möter patienters och brukares behov',
  'Stärkt suicidpreventivt arbete',
  'Stärkt kunskapsutveckling inom området psykisk hälsa och suicidprevention',
];

const source = 'Det handlar om livet (Skr. 2024/25:77)';

export function delmal(number: number): Goal {
  return {
    id: `delmal-${number}`,
    kind: 'subgoal',
    number,
    parent: 'mal-1',
    title: { sv: { text: DELMAL_TITLES[number - 1]!, status: 'verified', source } },
  };
}

/** The national framework's goal tree, listed out of order on purpose (delmål 2 before 1). */
export const framework: Framework = {
  id: 'dhol',
  version: '2025',
  title: { sv: { text: 'Det handlar om livet', status: 'verified', source } },
  goals: [
    {
      id: 'mal-1',
      kind: 'overarching',
      number: 1,
      title: {
        en: { text: 'Improved mental health across the entire population.', status: 'translation', source },
      },
    },
    delmal(2),
    delmal(1),
    ...[3, 4, 5, 6, 7].map(delmal),
    {
      id: 'delmal-3-prio-2',
      kind: 'priority',
      parent: 'delmal-3',
      title: { sv: { text: 'Öka deltagandet i arbetslivet', status: 'verified', source } },
    },
  ],
};

function activity(partial: Partial<Activity> & Pick<Activity, 'id' | 'title' | 'goals'>): Activity {
  return { kind: 'ongoing', status: 'ongoing', responsible: [], ...partial };
}

export const activities = {
  andts: activity({
    id: 'andts',
    title: { sv: 'ANDTS-förebyggande arbete' },
    goals: [{ goal: 'delmal-1' }],
    responsible: [{ organisation: 'lansstyrelsen', role: 'responsible' }],
  }),
  halsosamtal: activity({
    id: 'halsosamtal',
    title: { sv: 'Hälsosamtal till Sörmlands 50-åringar' },
    goals: [{ goal: 'delmal-1' }],
    responsible: [{ organisation: 'vardcentralerna', role: 'performer' }],
  }),
  kartlagga: activity({
    id: 'kartlagga',
    kind: 'development',
    status: 'planned',
    title: { sv: 'Kartlägga pågående arbeten och genomföra behovsanalyser' },
    goals: [{ goal: 'delmal-1' }, { goal: 'delmal-2' }],
    responsible: [{ organisation: 'lrs', role: 'coordinator' }],
  }),
  barnensBasta: activity({
    id: 'barnens-basta',
    title: { sv: 'Tillsammans för barnens bästa i Sörmland' },
    goals: [{ goal: 'delmal-2' }],
  }),
  sikta: activity({
    id: 'sikta',
    title: { sv: 'SIKTA mot arbetslivet' },
    goals: [{ goal: 'delmal-3-prio-2' }],
    responsible: [{ organisation: 'samordningsforbundet', role: 'lead' }],
  }),
  radda: activity({
    id: 'lar-dig-radda-liv',
    title: { sv: '”Lär dig rädda liv”' },
    goals: [
      { goal: 'delmal-3' },
      { goal: 'delmal-6', listedAs: { sv: 'Webutbildning – ”Lär dig rädda liv”' } },
    ],
    responsible: [{ organisation: 'lrs', role: 'coordinator' }],
  }),
  besokskort: activity({
    id: 'besokskort',
    title: { sv: 'Besökskort' },
    goals: [{ goal: 'delmal-4' }, { goal: 'delmal-5' }],
  }),
};

/** A Sörmland-like plan: seven activities, delmål 7 left without any. */
export const plan: Plan = {
  id: 'sormland-2026',
  kind: 'regional',
  title: { sv: 'Det handlar om livet – En länsgemensam handlingsplan' },
  scope: ['04'],
  framework: 'dhol',
  revisionSchedule: {
    revisions: [{ date: '2031' }, { date: '2027' }, { date: '2029' }, { date: '2033' }],
  },
  activities: Object.values(activities),
};

/** Surahammar, Västmanlands län and the country. */
export const areas: Area[] = [
  { code: '1907', name: 'Surahammar', kind: 'kommun', parent: '19' },
  { code: '19', name: 'Västmanlands län', kind: 'lan', parent: '00' },
  { code: '00', name: 'Riket', kind: 'country' },
];

/** "Fullgod psykisk hälsa" among young people, higher is better (as in Surahammar's handslag). */
export const wellbeing: Indicator = {
  id: 'fullgod-psykisk-halsa',
  title: { sv: 'Fullgod psykisk hälsa', en: 'Complete mental health' },
  unit: 'percent',
  decimals: 0,
  polarity: 'higher-is-better',
  aboutPeople: true,
  population: { sv: 'Ungdomar i kommunen', en: 'Young people in the municipality' },
  source: { name: { sv: 'Testkälla' } },
};

/** "Psykisk påfrestning", lower is better. */
export const strain: Indicator = {
  ...wellbeing,
  id: 'psykisk-pafrestning',
  title: { sv: 'Psykisk påfrestning', en: 'Mental strain' },
  polarity: 'lower-is-better',
};

export function obs(
  indicator: string,
  area: string,
  period: string,
  sex: Observation['sex'],
  value: number | null,
  extra: Partial<Observation> = {},
): Observation {
  return { indicator, area, period, sex, value, status: value === null ? 'missing' : 'ok', ...extra };
}

/** Surahammar 2023 as quoted in the handslag (48 %, 44 % of girls, 52 % of boys); the rest made up. */
export const surahammar2023: Observation[] = [
  obs('fullgod-psykisk-halsa', '1907', '2023', 'T', 48),
  obs('fullgod-psykisk-halsa', '1907', '2023', 'K', 44),
  obs('fullgod-psykisk-halsa', '1907', '2023', 'M', 52),
];
