import type { Area, Dataset, Framework, Result } from '@dhol/core';
import { type LoadOptions, type LoadOutcome, loadJson } from './load.js';
import { validateForDisplay } from './validate.js';

/**
 * Elements that show one dataset share its reading and its validation: a page with a plan, its coverage and its
 * framework from one file makes one request, parses the JSON once and validates it once.
 *
 * A reading of an address is shared while an element holds it (from the request until the element lets go: a new
 * `src`, `reload()` or leaving the page); an element that joins later gets the same reading, also when the request
 * has already ended. `reload()` starts a fresh reading that later elements share instead. Elements with their own
 * `fetcher` share only with elements that use the same one.
 */

/** The validation options an element passes, compared by identity: the element's own extra frameworks and areas. */
export interface ValidationKey {
  frameworks: readonly Framework[] | undefined;
  areas: readonly Area[];
  now: Date | string | number | undefined;
}

interface Validation extends ValidationKey {
  result: Result<Dataset>;
}

/** One reading of one address: the request, who holds it, and the validations of what it gave. */
export class SharedReading {
  readonly controller = new AbortController();
  readonly holders = new Set<object>();
  readonly validations: Validation[] = [];
  readonly outcome: Promise<LoadOutcome>;
  constructor(
    readonly url: string,
    readonly fetcher: typeof fetch | undefined,
    request: string,
    options: LoadOptions,
  ) {
    this.outcome = loadJson(request, options, this.controller.signal);
  }
}

const reads = new Map<typeof fetch | undefined, Map<string, SharedReading>>();
const held = new WeakMap<object, SharedReading>();

/** The address as the browser will request it, so `plan.json` and `./plan.json` are one reading. */
function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/**
 * The reading of `url` that `holder` (an element) now holds, started if no element holds one: the first element's
 * timeout and retries apply to it. With `fresh`, a new reading replaces the shared one.
 */
export function readShared(holder: object, url: string, options: LoadOptions, fresh = false): SharedReading {
  release(holder);
  const key = absolute(url);
  let byUrl = reads.get(options.fetcher);
  if (!byUrl) {
    byUrl = new Map();
    reads.set(options.fetcher, byUrl);
  }
  let read = fresh ? undefined : byUrl.get(key);
  if (!read) {
    read = new SharedReading(key, options.fetcher, url, options);
    byUrl.set(key, read);
  }
  read.holders.add(holder);
  held.set(holder, read);
  return read;
}

/** Lets go of the reading `holder` holds; the last holder to let go cancels a request still on its way. */
export function release(holder: object): void {
  const read = held.get(holder);
  if (!read) return;
  held.delete(holder);
  read.holders.delete(holder);
  if (read.holders.size > 0) return;
  read.controller.abort();
  const byUrl = reads.get(read.fetcher);
  if (byUrl?.get(read.url) === read) byUrl.delete(read.url);
  if (byUrl?.size === 0) reads.delete(read.fetcher);
}

/**
 * Validations of objects given as `.data`, shared by the elements that get the same object in the same task (a
 * page or a builder that sets one dataset on several elements). Forgotten after that task, so a caller that changes
 * the object and sets it again gets it validated again.
 */
let dataValidations: WeakMap<object, Validation[]> | undefined;

/** Where the validations of `source` are kept: a reading from `readShared`, or an object given as `.data`. */
export function validationsOf(source: SharedReading | unknown): Validation[] | undefined {
  if (source instanceof SharedReading) return source.validations;
  if (source === null || typeof source !== 'object') return undefined;
  if (!dataValidations) {
    dataValidations = new WeakMap();
    setTimeout(() => {
      dataValidations = undefined;
    }, 0);
  }
  let list = dataValidations.get(source);
  if (!list) {
    list = [];
    dataValidations.set(source, list);
  }
  return list;
}

/**
 * Validates `input` for display once per source and options (see `validationsOf`); input that is not an object is
 * validated every time. `frameworks` is what `key.frameworks` adds up to with the national framework.
 */
export function validateShared(
  source: SharedReading | unknown,
  input: unknown,
  key: ValidationKey,
  frameworks: readonly Framework[],
): Result<Dataset> {
  const list = validationsOf(source);
  const found = list?.find(
    (v) => v.frameworks === key.frameworks && v.areas === key.areas && v.now === key.now,
  );
  if (found) return found.result;
  const result = validateForDisplay(input, {
    frameworks,
    areas: key.areas,
    ...(key.now !== undefined ? { now: key.now } : {}),
  });
  list?.push({ ...key, result });
  return result;
}
