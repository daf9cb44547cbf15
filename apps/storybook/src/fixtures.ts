/**
 * What the stories show: the real example datasets from `@dhol/data`, an empty file, copies of them with errors
 * a publisher could make, and `fetch` stand-ins for the states that depend on the network. Nothing here reaches
 * a network: stories that use `src` also pass one of these fetchers.
 */
import { type Dataset, FORMAT_VERSION } from '@dhol/core';
import { nationalFrameworkDataset, sormlandHandlingsplan2026, surahammarHandslag } from '@dhol/data';

export { nationalFrameworkDataset, sormlandHandlingsplan2026, surahammarHandslag };

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
