/**
 * What the stories show: the real example datasets from `@dhol/data`, an empty file, copies of them with errors
 * a publisher could make, and `fetch` stand-ins for the states that depend on the network. Nothing here reaches
 * a network: stories that use `src` also pass one of these fetchers.
 */
import { type Dataset, FORMAT_VERSION } from '@dhol/core';
import {
  followUpExample,
  nationalFrameworkDataset,
  sormlandHandlingsplan2026,
  surahammarHandslag,
} from '@dhol/data';

export { followUpExample, nationalFrameworkDataset, sormlandHandlingsplan2026, surahammarHandslag };

/** The day the follow-up stories are shown as of, so the default period and the stale flags stay put. */
export const FOLLOW_UP_NOW = '2026-12-05';

/** The invented follow-up example with a progress note reported by an organisation that is not in the file. */
export function followUpWithUnknownReporter(): unknown {
  const dataset = structuredClone(followUpExample);
  const note = dataset.plans![0]!.activities[0]!.progress![0]!;
  note.reportedBy = 'okand-organisation';
  return dataset;
}

/** A valid file with nothing in it for any element to show. */
export const emptyDataset: Dataset = {
  formatVersion: FORMAT_VERSION,
  id: 'tom-fil',
  title: { sv: 'Tom fil', en: 'Empty file' },
};

/** The Sörmland plan with two broken references: a delmål that does not exist and an unknown organisation. */
export function planWithBrokenReferences(): unknown {
  const dataset = structuredClone(sormlandHandlingsplan2026);
  const activities = dataset.plans![0]!.activities!;
  activities[0]!.goals[0]!.goal = 'delmal-9';
  activities[1]!.responsible![0]!.organisation = 'okand-organisation';
  return dataset;
}

/** The Surahammar handslag with a decision date that is not in the calendar. */
export function agreementWithImpossibleDate(): unknown {
  const dataset = structuredClone(surahammarHandslag);
  dataset.agreements![0]!.decisionSteps![0]!.date = '2026-02-30';
  return dataset;
}

/** The Surahammar figures with an observation of an unknown indicator and a share outside 0–100 %. */
export function figuresWithWrongValues(): unknown {
  const dataset = structuredClone(surahammarHandslag);
  const observations = dataset.observations!;
  observations[0]!.indicator = 'okand-indikator';
  observations[1]!.value = 112;
  return dataset;
}

/** The national framework file written for a format version this library cannot read. */
export function frameworkInFutureFormat(): unknown {
  return { ...structuredClone(nationalFrameworkDataset), formatVersion: '2.0' };
}

/** The 21 län's codes, as SCB writes them. */
const LAN_CODES = '01 03 04 05 06 07 08 09 10 12 13 14 17 18 19 20 21 22 23 24 25'.split(' ');

/**
 * Invented figures, marked as such, for a chart of national size: one indicator in the 21 län over 30 years for
 * girls, boys and everyone, 1 890 values. Not statistics.
 */
export function nationalFigures(): Dataset {
  const periods = Array.from({ length: 30 }, (_, i) => String(1995 + i));
  const sexes = ['T', 'K', 'M'] as const;
  return {
    formatVersion: FORMAT_VERSION,
    id: 'pahittade-lansvarden',
    title: {
      sv: 'Påhittade värden för alla län (testdata)',
      en: 'Invented values for every county (test data)',
    },
    indicators: [
      {
        id: 'pahittad-andel',
        title: { sv: 'Påhittad andel (testdata)', en: 'Invented share (test data)' },
        unit: 'percent',
        polarity: 'higher-is-better',
        aboutPeople: true,
        source: { name: { sv: 'Påhittad källa', en: 'Invented source' } },
      },
    ],
    observations: LAN_CODES.flatMap((area, a) =>
      periods.flatMap((period, p) =>
        sexes.map((sex, s) => ({
          indicator: 'pahittad-andel',
          area,
          period,
          sex,
          value: Math.round((40 + a * 0.7 + s * 4 + Math.sin(p / 3 + a) * 5) * 10) / 10,
          status: 'ok' as const,
        })),
      ),
    ),
  };
}

/** The Sörmland plan with its activities copied `copies` times (new ids), for a plan of national length. */
export function longPlan(copies: number): Dataset {
  const dataset = structuredClone(sormlandHandlingsplan2026);
  const plan = dataset.plans![0]!;
  plan.activities = Array.from({ length: copies }, (_, i) =>
    plan.activities.map((activity) => ({ ...activity, id: `${activity.id}-${i + 1}` })),
  ).flat();
  return dataset;
}

/** A long wait: the loading stories stay in the loading state for a day (the element's default is 15 s). */
export const LOADING_TIMEOUT_MS = 86_400_000;

/** A `fetch` that never answers, so an element stays in its loading state. */
export const neverAnswers: typeof fetch = () => new Promise<Response>(() => {});

/** A `fetch` that answers 404 Not Found, as a server does for a misspelt `src`. */
export const notFound: typeof fetch = async () =>
  new Response('Not Found', {
    status: 404,
    statusText: 'Not Found',
    headers: { 'Content-Type': 'text/plain' },
  });

/** The path the loading and not-found stories put in `src`; the fetchers above answer it without a network. */
export const EXAMPLE_SRC = '/data/handlingsplan.json';

/** The arguments of every loading story: a `src` whose request never answers, waited for a day. */
export const loadingArgs = {
  data: undefined,
  src: EXAMPLE_SRC,
  fetcher: neverAnswers,
  timeout: LOADING_TIMEOUT_MS,
};

/** The arguments of every not-found story: a `src` the server answers with 404 Not Found. */
export const notFoundArgs = { data: undefined, src: EXAMPLE_SRC, fetcher: notFound };
