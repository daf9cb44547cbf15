/**
 * When elements draw their content for the first time. A page with four elements would otherwise draw all four in
 * the task that reads their data, one long task that holds up a phone; here each first drawing gets a task of its
 * own: at once for an element on screen (or within a screen of it), and for one further down when the browser is
 * idle or when a reader scrolls near it. Before printing, everything still waiting is drawn at once.
 */

import { formatDate, type Lang, localeOf, numberFormat } from '@dhol/core';

interface Job {
  element: Element;
  run: () => void;
  /** Whether its task has been posted. */
  posted: boolean;
}

/** How far outside the screen an element counts as near: one screen height above and below. */
const NEAR = '100% 0px 100% 0px';
/** The longest an element far down the page waits for an idle moment, in milliseconds. */
const IDLE_TIMEOUT_MS = 3_000;

const jobs = new Set<Job>();
let observer: IntersectionObserver | undefined;
const warmed = new Set<Lang>();

/**
 * The `Intl` formatters that first drawings build, in the language `lang`: numbers as counts and as figures, dates
 * known to the day and to the month. The first `Intl` object of a page loads the browser's locale data, and each
 * date format builds its patterns: on a phone each costs a long task of its own. Core caches each formatter
 * (`format/intl.ts`), so a drawing that comes after finds them built.
 */
function warmUps(lang: Lang): (() => unknown)[] {
  return [
    () => numberFormat(localeOf(lang)).format(0),
    // The options of core's `formatNumber` and `formatValue` without decimals given.
    () => numberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(0),
    () => formatDate('2026-01-01', lang),
    () => formatDate('2026-01', lang),
  ];
}

/**
 * Runs `run` in a task of its own, soon if `element` is near the screen, else when the browser is idle (at most
 * `IDLE_TIMEOUT_MS` later) or the element comes near. Returns a function that cancels it. Where the browser has no
 * IntersectionObserver it runs in the next task. Before the first drawing in a language, the formatters it needs
 * are built, each in a task of its own (see `warmUps`).
 */
export function scheduleFirstDraw(element: Element, run: () => void, lang: Lang = 'sv'): () => void {
  const job: Job = { element, run, posted: false };
  if (!warmed.has(lang)) {
    warmed.add(lang);
    // Posted before any drawing's task, so they run first: timers of equal delay run in the order they were set.
    for (const warmUp of warmUps(lang)) setTimeout(warmUp, 0);
  }
  if (jobs.size === 0 && typeof addEventListener === 'function') {
    addEventListener('beforeprint', drawEverything);
  }
  jobs.add(job);
  if (typeof IntersectionObserver === 'undefined') {
    post(job);
  } else {
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          for (const waiting of jobs) if (waiting.element === entry.target) post(waiting);
        }
      },
      { rootMargin: NEAR },
    );
    observer.observe(element);
    const whenIdle =
      typeof requestIdleCallback === 'function'
        ? (callback: () => void) => requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS })
        : (callback: () => void) => setTimeout(callback, 200);
    whenIdle(() => post(job));
  }
  return () => remove(job);
}

/** Posts the job's task: each job runs in a task of its own, in the order the tasks were posted. */
function post(job: Job): void {
  if (job.posted || !jobs.has(job)) return;
  job.posted = true;
  setTimeout(() => {
    if (!jobs.has(job)) return;
    remove(job);
    job.run();
  }, 0);
}

function remove(job: Job): void {
  if (!jobs.delete(job)) return;
  if (![...jobs].some((j) => j.element === job.element)) observer?.unobserve(job.element);
  if (jobs.size === 0 && typeof removeEventListener === 'function') {
    removeEventListener('beforeprint', drawEverything);
  }
}

/** Before printing: every element draws now, so the printout holds everything. */
function drawEverything(): void {
  for (const job of [...jobs]) {
    remove(job);
    job.run();
  }
}
