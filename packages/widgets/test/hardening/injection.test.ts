/**
 * Injection hardening: every payload of the corpus goes into every text and URL field of the example datasets,
 * and every element renders the poisoned data in Chromium. Nothing may run, no unsafe address may reach an
 * `href`/`src`, no element may be created from data, and the validator must report every unsafe address.
 */
import { formatPath, type Issue, validateDataset } from '@dhol/core';
import {
  areas,
  followUpExample,
  nationalFramework,
  nationalFrameworkDataset,
  sormlandHandlingsplan2026,
  surahammarHandslag,
} from '@dhol/data';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DholElement } from '../../src/base/dhol-element.js';
import '../../src/index.js';
import {
  allPayloads,
  linkableUrlPayloads,
  SENTINEL,
  textPayloads,
  unsafeUrlPayloads,
} from '../fixtures/hardening/payloads.js';
import { type FieldPath, poison, type Slots, slotsOf, stringLeaves } from '../fixtures/hardening/poison.js';
import { nextState } from '../helpers.js';

declare global {
  interface Window {
    __dholPwned?: (n?: unknown) => void;
  }
}

const calls: unknown[] = [];
const options = { frameworks: [nationalFramework], areas };

beforeAll(() => {
  window[SENTINEL] = (n?: unknown) => {
    calls.push(n);
  };
});

/** The elements and the example dataset each one shows. */
const datasets = {
  sormland: sormlandHandlingsplan2026,
  surahammar: surahammarHandslag,
  framework: nationalFrameworkDataset,
  followup: followUpExample,
} as const;
type DatasetName = keyof typeof datasets;
const targets: { tag: string; dataset: DatasetName }[] = [
  { tag: 'dhol-plan', dataset: 'sormland' },
  { tag: 'dhol-coverage', dataset: 'sormland' },
  { tag: 'dhol-framework', dataset: 'framework' },
  { tag: 'dhol-framework', dataset: 'sormland' },
  { tag: 'dhol-agreement', dataset: 'surahammar' },
  { tag: 'dhol-indicator', dataset: 'surahammar' },
  // The follow-up example is the one with signatories (`signedBy`) and follow-up notes.
  { tag: 'dhol-agreement', dataset: 'followup' },
  { tag: 'dhol-followup', dataset: 'followup' },
];

/**
 * How long a text each field may hold, found by asking the validator (a licence holds 200 characters, a strategy's
 * abbreviation 30).
 */
function limitsOf(slots: Slots): Map<string, number> {
  const limits = new Map<string, number>();
  const probes = [8, 16, 30, 50, 100, 200, 500, 2_000, 20_000];
  for (const path of slots.text) limits.set(JSON.stringify(path), 0);
  let previous = 0;
  for (const length of probes) {
    const { dataset } = poison(
      slots,
      () => 'x'.repeat(length),
      () => 'https://example.org/',
    );
    const result = validateDataset(dataset, options);
    const failed = new Set(
      result.issues.filter((i) => i.severity === 'error').map((i) => JSON.stringify(i.path)),
    );
    for (const path of slots.text) {
      const key = JSON.stringify(path);
      if (!failed.has(key) && limits.get(key) === previous) limits.set(key, length);
    }
    previous = length;
  }
  return limits;
}

interface Prepared {
  slots: Slots;
  fits: (path: FieldPath, value: string) => boolean;
}

function prepare(name: DatasetName): Prepared {
  const slots = slotsOf(datasets[name]);
  const limits = limitsOf(slots);
  // A field no probe fits into is not free text after all (a constrained code the walker took for text).
  slots.text = slots.text.filter((path) => (limits.get(JSON.stringify(path)) ?? 0) > 0);
  return { slots, fits: (path, value) => value.length <= (limits.get(JSON.stringify(path)) ?? 0) };
}

const prepared = {} as Record<DatasetName, Prepared>;

/** Every element inside an element's shadow root, nested shadow roots included. */
function shadowElements(host: Element): Element[] {
  const out: Element[] = [];
  const visit = (root: ShadowRoot | null) => {
    if (!root) return;
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      visit(el.shadowRoot);
    }
  };
  visit(host.shadowRoot);
  return out;
}

/**
 * Everything of the data an element puts before a reader: the text of its shadow tree and the attributes that a
 * screen reader or a tooltip reads (aria-label, title, alt …), with runs of white space made one space.
 */
function shownText(host: Element): string {
  const parts = [host.shadowRoot?.textContent ?? ''];
  for (const el of shadowElements(host)) {
    if (el.shadowRoot) parts.push(el.shadowRoot.textContent ?? '');
    for (const attr of el.attributes) if (TEXT_ATTRIBUTES.test(attr.name)) parts.push(attr.value);
  }
  return squash(parts.join(' '));
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const URL_ATTRIBUTES = [
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'srcdoc',
  'data',
  'poster',
  'srcset',
];
const TEXT_ATTRIBUTES = /^(aria-[a-z]+|title|alt|value|label|download)$/;

interface Findings {
  unsafeUrls: string[];
  injected: string[];
  tags: Set<string>;
}

/** What an element's shadow tree holds that it must not: unsafe addresses, handler attributes, payload markup. */
function inspect(host: Element): Findings {
  const findings: Findings = { unsafeUrls: [], injected: [], tags: new Set() };
  for (const el of shadowElements(host)) {
    findings.tags.add(el.localName);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (URL_ATTRIBUTES.includes(name)) {
        let protocol = 'invalid:';
        try {
          protocol = new URL(attr.value, document.baseURI).protocol;
        } catch {}
        // A download link to a file the element made itself (`blob:` of this page's origin) is the one exception.
        const ownBlob = el.hasAttribute('download') && attr.value.startsWith(`blob:${location.origin}/`);
        if (name !== 'href' || (protocol !== 'https:' && protocol !== 'http:' && !ownBlob))
          findings.unsafeUrls.push(`<${el.localName} ${name}="${attr.value.slice(0, 80)}">`);
      } else if (name.startsWith('on')) {
        findings.injected.push(`<${el.localName} ${name}>`);
      } else if (attr.value.includes(SENTINEL) && !TEXT_ATTRIBUTES.test(name)) {
        findings.injected.push(`<${el.localName} ${name}="${attr.value.slice(0, 80)}">`);
      }
    }
  }
  return findings;
}

/**
 * Opens every disclosure, then focuses the first few links, buttons and summaries, as a curious keyboard user
 * would. (Only the first few: each focus change lays out the whole tree again, which takes long for a poisoned
 * plan that is 20 times the size of the real one.)
 */
async function interact(host: Element): Promise<void> {
  for (const el of shadowElements(host)) {
    if (el instanceof HTMLDetailsElement) el.open = true;
    else if (el instanceof HTMLButtonElement && el.getAttribute('aria-expanded') === 'false') el.click();
  }
  await (host as DholElement).updateComplete;
  const focusable = shadowElements(host).filter(
    (el): el is HTMLElement =>
      el instanceof HTMLAnchorElement || el instanceof HTMLButtonElement || el.localName === 'summary',
  );
  for (const el of focusable.slice(0, FOCUSED_PER_ELEMENT)) el.focus();
  (host.shadowRoot?.activeElement as HTMLElement | null)?.blur();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const FOCUSED_PER_ELEMENT = 6;

const LOADERS =
  'img, iframe, object, embed, video, audio, math, base, meta[http-equiv], link[rel=import], frame';
let documentLoaders = 0;

async function renderAll(
  data: Record<DatasetName, unknown>,
  lang: 'sv' | 'en',
  supportText: string,
): Promise<DholElement[]> {
  const container = document.createElement('div');
  // All in one grid cell, on top of each other: every element starts on screen and draws at once (one further
  // down would wait for an idle moment, render-queue.ts), and each is as wide as the page. Side by side in a flex
  // row they were 0 px wide (an element is an inline-size container, so its content gives it no width), and
  // Chromium broke every character of the data onto a line of its own: a round with the 19,000-character payload
  // took minutes.
  container.style.cssText = 'display: grid; align-items: start';
  document.body.append(container);
  const elements = targets.map((target) => {
    const el = document.createElement(target.tag) as DholElement;
    el.style.gridArea = '1 / 1';
    el.lang = lang;
    el.setAttribute('support-text', supportText);
    el.data = data[target.dataset];
    container.append(el);
    return el;
  });
  await Promise.all(elements.map((el) => nextState(el)));
  for (const el of elements)
    expect(el.getBoundingClientRect().width, `${el.localName}: width`).toBe(container.clientWidth);
  for (const el of elements) await interact(el);
  // Nothing may land outside the shadow roots either: the elements' light DOM stays empty, and the document
  // gains no element that can run or load something.
  for (const el of elements) expect(el.children.length, `${el.localName}: children in the light DOM`).toBe(0);
  expect(document.querySelectorAll(LOADERS).length, 'loading elements in the document').toBe(documentLoaders);
  return elements;
}

/** Tags each element renders for the clean example data, per language: anything more came from a payload. */
const cleanTags = new Map<string, Set<string>>();
/** What each element shows of the clean example data, per language. */
const cleanText = new Map<string, string>();
/** The text fields each element shows, per language (indexes into its dataset's text slots). */
const shownSlots = new Map<string, number[]>();
/** The publisher's own sentence in the support notice (`support-text`) of the clean renders. */
const SUPPORT_TEXT = 'Ring oss.';
/** Whether element `k` shows the support notice in the clean render in `lang`, and so a poisoned support text. */
const showsSupport = (k: number, lang: string) =>
  (cleanText.get(`${k}:${lang}`) ?? '').includes(SUPPORT_TEXT);
/** A text no example holds, one per text field: where it turns up, the element shows that field. */
const marker = (i: number) => `⟦${i}⟧`;
const tally = {
  renders: 0,
  shownFields: 0,
  ran: 0,
  unsafeHrefs: 0,
  injected: 0,
  urlFieldsPoisoned: 0,
  urlFieldsReported: 0,
};

beforeAll(async () => {
  documentLoaders = document.querySelectorAll(LOADERS).length;
  for (const name of Object.keys(datasets) as DatasetName[]) prepared[name] = prepare(name);
  for (const lang of ['sv', 'en'] as const) {
    const elements = await renderAll(
      {
        sormland: prepared.sormland.slots.base,
        surahammar: prepared.surahammar.slots.base,
        framework: prepared.framework.slots.base,
        followup: prepared.followup.slots.base,
      },
      lang,
      SUPPORT_TEXT,
    );
    elements.forEach((el, k) => {
      expect(el.state, `${targets[k]?.tag} with clean data`).toBe('content');
      cleanTags.set(`${k}:${lang}`, inspect(el).tags);
      cleanText.set(`${k}:${lang}`, shownText(el));
    });
    elements[0]?.parentElement?.remove();
    // Every text field marked with its own number: the numbers an element shows are the fields it renders.
    const marked = {} as Record<DatasetName, unknown>;
    for (const name of Object.keys(datasets) as DatasetName[])
      marked[name] = poison(prepared[name].slots, marker, () => 'https://example.org/').dataset;
    const markedElements = await renderAll(marked, lang, SUPPORT_TEXT);
    markedElements.forEach((el, k) => {
      expect(el.state, `${targets[k]?.tag} with marked data`).toBe('content');
      const text = shownText(el);
      const slots = prepared[targets[k]!.dataset].slots.text;
      shownSlots.set(
        `${k}:${lang}`,
        slots.flatMap((_, i) => (text.includes(marker(i)) ? [i] : [])),
      );
    });
    markedElements[0]?.parentElement?.remove();
  }
}, 180_000);

/** The shown text fields of element `k` in `lang` whose payload (from `poison`'s map) the element does not show. */
function unshownPayloads(el: Element, k: number, lang: string, payloads: Map<string, string>): string[] {
  const text = shownText(el);
  const slots = prepared[targets[k]!.dataset].slots.text;
  return (shownSlots.get(`${k}:${lang}`) ?? []).flatMap((i) => {
    const payload = payloads.get(JSON.stringify(slots[i]));
    return payload !== undefined && !text.includes(squash(payload)) ? [formatPath(slots[i]!)] : [];
  });
}

test('control: every text an element shows of the data is a poisoned field, abbreviations and signatories included', () => {
  // A string the walker left out (a text too short for the shortest probe, a key kept as it is) that the element
  // shows as it is would be a field no payload ever reaches.
  const unpoisoned: string[] = [];
  targets.forEach((target, k) => {
    const { slots } = prepared[target.dataset];
    const text = new Set(slots.text.map((path) => JSON.stringify(path)));
    const strings = stringLeaves(slots.base).filter(
      ({ path, value }) =>
        !text.has(JSON.stringify(path)) &&
        path.at(-1) !== 'url' &&
        value.length >= 3 &&
        // Ids, codes and enum values the model constrains cannot hold a payload; an element shows some translated.
        !/^[a-z0-9][a-z0-9._-]*$/.test(value) &&
        !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value),
    );
    for (const lang of ['sv', 'en'] as const) {
      const shown = cleanText.get(`${k}:${lang}`) ?? '';
      for (const { path, value } of strings)
        if (shown.includes(value))
          unpoisoned.push(`${target.tag} (${target.dataset}, ${lang}): ${formatPath(path)} "${value}"`);
    }
  });
  expect(unpoisoned).toEqual([]);
  // A field that was left out before (its 30 characters were below the shortest probe): a strategy's abbreviation.
  const shownPaths = (k: number) =>
    ['sv', 'en'].flatMap((lang) =>
      (shownSlots.get(`${k}:${lang}`) ?? []).map((i) =>
        formatPath(prepared[targets[k]!.dataset].slots.text[i]!),
      ),
    );
  const agreements = targets.flatMap((target, k) => (target.tag === 'dhol-agreement' ? shownPaths(k) : []));
  expect(agreements.filter((path) => path.endsWith('.abbreviation')).length).toBeGreaterThan(0);
  // And the names of those who signed a decision, which only the follow-up example has.
  expect(agreements.filter((path) => path.endsWith('.signedBy')).length).toBeGreaterThan(0);
  // The attribute a page gives is text too: the plan, both agreements and the follow-up show the support notice.
  const notices = targets.flatMap((target, k) => (showsSupport(k, 'sv') ? [target.tag] : []));
  expect(notices).toEqual(['dhol-plan', 'dhol-agreement', 'dhol-agreement', 'dhol-followup']);
});

function checkRender(
  elements: DholElement[],
  lang: string,
  expected: 'content' | 'error',
  label: string,
): void {
  elements.forEach((el, k) => {
    const target = targets[k]!;
    const where = `${label}, ${target.tag} (${target.dataset}, ${lang})`;
    if (el.state !== expected) {
      const issues = el.issues.filter((i: Issue) => i.severity === 'error').slice(0, 5);
      throw new Error(
        `${where}: state ${el.state}, expected ${expected}: ${issues.map((i) => `${formatPath(i.path)} ${i.code}`).join('; ')}`,
      );
    }
    const found = inspect(el);
    const clean = cleanTags.get(`${k}:${lang}`) ?? new Set();
    const newTags = expected === 'content' ? [...found.tags].filter((t) => !clean.has(t)) : [];
    const scripty = [...found.tags].filter(
      (t) =>
        !clean.has(t) &&
        [
          'script',
          'img',
          'iframe',
          'object',
          'embed',
          'math',
          'base',
          'meta',
          'link',
          'form',
          'style',
          'video',
          'template',
          'noscript',
          'marquee',
          'foreignobject',
          'animate',
          'use',
          'image',
        ].includes(t),
    );
    tally.unsafeHrefs += found.unsafeUrls.length;
    tally.injected += found.injected.length + newTags.length + scripty.length;
    expect(found.unsafeUrls, `${where}: unsafe addresses`).toEqual([]);
    expect(found.injected, `${where}: attributes from data`).toEqual([]);
    expect(newTags, `${where}: elements the clean render does not have`).toEqual([]);
    expect(scripty, `${where}: elements that can run or load something`).toEqual([]);
  });
}

/**
 * Payloads longer than this are the "very long string" ones. Each goes into a share of the fields only: Chromium
 * needs seconds to wrap a megabyte of unbreakable text, which would make the suite slow without trying more.
 */
const LONG = 1_000;
const shortPayloads = textPayloads.map((p, n) => ({ p, n })).filter(({ p }) => p.length <= LONG);
const longPayloads = textPayloads.map((p, n) => ({ p, n })).filter(({ p }) => p.length > LONG);
/** How many short payloads go into one text field per round (joined by a space), so a few renders try them all. */
const PER_FIELD = 12;
/** In the last round, every how many-th text field gets a long payload. */
const LONG_EVERY = 12;
const placements = new Set<string>();

/** The payloads of round `r` for text field `i`: as many of the next `PER_FIELD` as the field can hold. */
function textFor(r: number, i: number, path: FieldPath, fits: Prepared['fits'], dataset: string): string {
  const S = shortPayloads.length;
  const chosen: number[] = [];
  let text = '';
  if (r === Math.ceil(S / PER_FIELD)) {
    if (i % LONG_EVERY !== 0) return '';
    const long = longPayloads[(i / LONG_EVERY) % longPayloads.length]!;
    if (!fits(path, long.p)) return '';
    text = long.p;
    chosen.push(long.n);
  } else {
    for (let k = 0; k < PER_FIELD; k++) {
      const { p, n } = shortPayloads[(i + r * PER_FIELD + k) % S]!;
      const next = text === '' ? p : `${text} ${p}`;
      if (!fits(path, next)) continue;
      text = next;
      chosen.push(n);
    }
  }
  for (const n of chosen) placements.add(`${dataset}${JSON.stringify(path)}#${n}`);
  return text;
}

test('control: a payload the browser does parse as HTML calls the sentinel, so the detector works', async () => {
  const probe = document.createElement('div');
  const fired = new Promise((resolve) =>
    probe.addEventListener('error', resolve, { capture: true, once: true }),
  );
  // The one place in dhol where a payload is parsed as HTML on purpose: to prove that a leak would be seen.
  probe.innerHTML = textPayloads[1]!;
  document.body.append(probe);
  await fired;
  // The capturing listener hears the error before the image's own handler runs.
  await new Promise((resolve) => setTimeout(resolve, 0));
  probe.remove();
  expect(calls).toEqual([2]);
  calls.length = 0;
});

/**
 * One test per round, each with its own time limit: the last round, with the very long payloads, lays out far more
 * text than the others, and a busy machine should not make the short rounds pay for it.
 */
const textRounds = Array.from({ length: Math.ceil(shortPayloads.length / PER_FIELD) + 1 }, (_, r) => r);

test.for(textRounds)(
  'text round %i: every text payload in every text field of the examples renders as text in every element, and nothing runs',
  { timeout: 180_000 },
  async (r) => {
    const L = linkableUrlPayloads.length;
    const poisoned = {} as Record<DatasetName, unknown>;
    const payloads = {} as Record<DatasetName, Map<string, string>>;
    for (const name of Object.keys(datasets) as DatasetName[]) {
      const p = prepared[name];
      const result = poison(
        p.slots,
        (i) => textFor(r, i, p.slots.text[i]!, p.fits, name),
        (j) => linkableUrlPayloads[(j + r) % L]!,
        (path, value) => value !== '' && p.fits(path, value),
      );
      poisoned[name] = result.dataset;
      payloads[name] = result.text;
    }
    const lang = r % 2 === 0 ? 'sv' : 'en';
    // A payload in the attribute, and a text no field holds, so the support notice is the only place it can show.
    const supportText = `${textPayloads[r]!} ⟦stöd ${r}⟧`;
    const elements = await renderAll(poisoned, lang, supportText);
    tally.renders += elements.length;
    // Not a vacuous pass: every field the element shows carries this round's payloads, and they are on show.
    elements.forEach((el, k) => {
      const where = `text round ${r}, ${targets[k]!.tag} (${targets[k]!.dataset}, ${lang})`;
      expect(
        unshownPayloads(el, k, lang, payloads[targets[k]!.dataset]),
        `${where}: payloads not shown`,
      ).toEqual([]);
      if (showsSupport(k, lang))
        expect(shownText(el), `${where}: the support text`).toContain(squash(supportText));
      tally.shownFields += shownSlots.get(`${k}:${lang}`)?.length ?? 0;
    });
    checkRender(elements, lang, 'content', `text round ${r}`);
    elements[0]?.parentElement?.remove();
    expect(calls, `round ${r}: sentinel calls`).toEqual([]);
  },
);

test('the validator reports every unsafe address in every URL field, and the error view shows them as text', async () => {
  const U = unsafeUrlPayloads.length;
  const T = textPayloads.length;
  for (let r = 0; r < U; r++) {
    const poisoned = {} as Record<DatasetName, unknown>;
    for (const name of Object.keys(datasets) as DatasetName[]) {
      const p = prepared[name];
      const result = poison(
        p.slots,
        (i) => textPayloads[(i + r) % T]!,
        (j) => unsafeUrlPayloads[(j + r) % U]!,
        p.fits,
      );
      poisoned[name] = result.dataset;
      const issues = validateDataset(result.dataset, options).issues;
      const reported = new Set(
        issues.filter((i) => i.code === 'url.unsafe').map((i) => JSON.stringify(i.path)),
      );
      const missed = [...result.url.keys()].filter((path) => !reported.has(path));
      tally.urlFieldsPoisoned += result.url.size;
      tally.urlFieldsReported += result.url.size - missed.length;
      expect(missed, `${name}, round ${r}: unsafe addresses the validator did not report`).toEqual([]);
    }
    // Rendering the error view for every fourth round is enough: it lists the issues, not the data's text.
    if (r % 4 !== 0) continue;
    const lang = r % 8 === 0 ? 'sv' : 'en';
    const elements = await renderAll(poisoned, lang, unsafeUrlPayloads[r]!);
    tally.renders += elements.length;
    checkRender(elements, lang, 'error', `URL round ${r}`);
    elements[0]?.parentElement?.remove();
    expect(calls, `URL round ${r}: sentinel calls`).toEqual([]);
  }
}, 180_000);

const longPlaced = () =>
  [...placements].filter((key) => longPayloads.some(({ n }) => key.endsWith(`#${n}`))).length;

afterAll(async () => {
  // Nothing is waited for here: a late handler (an image's error event, a meta refresh) needs an element that can
  // run or load something, and every render was checked for those, and the document for loaders.
  tally.ran = calls.length;
  const fields = (Object.values(prepared) as Prepared[]).reduce(
    (n, p) => ({ text: n.text + p.slots.text.length, url: n.url + p.slots.url.length }),
    { text: 0, url: 0 },
  );
  const elements = new Set(targets.map((t) => t.tag)).size;
  const possible = fields.text * shortPayloads.length;
  console.log(
    `injection: ${allPayloads.length} payloads × ${fields.text + fields.url} fields (${fields.text} text, ${fields.url} URL) × ${elements} elements in ${tally.renders} renders, ${tally.shownFields} shown fields checked to carry their payloads: ` +
      `${placements.size - longPlaced()}/${possible} short payload placements, ${longPlaced()} long ones, ${tally.ran} ran, ${tally.unsafeHrefs} unsafe hrefs, ${tally.injected} injected elements or attributes, ` +
      `${tally.urlFieldsReported}/${tally.urlFieldsPoisoned} unsafe URLs reported`,
  );
  expect(calls).toEqual([]);
});
