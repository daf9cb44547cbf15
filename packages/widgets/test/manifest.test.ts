import type { Dataset } from '@dhol/core';
import { followUpExample, sormlandHandlingsplan2026, surahammarHandslag } from '@dhol/data';
import { html, type TemplateResult } from 'lit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DholElement } from '../src/base/dhol-element.js';
import { indicatorFixture } from '../src/components/indicator/indicator.fixtures.js';
import { SERIES } from '../src/components/indicator/indicator.styles.js';
import { tokenTable } from '../src/styles/token-docs.js';
import '../src/index.js';
import { mount, nextState, shadow, unmountAll } from './helpers.js';

// A designer reads custom-elements.json (and Storybook's tables made from it): every part an element renders and
// every custom property its styles read must be there, the properties with their defaults.

interface Documented {
  name: string;
  default?: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  cssParts?: Documented[];
  cssProperties?: Documented[];
}

let declarations: Declaration[] = [];

beforeAll(async () => {
  const response = await fetch(new URL('../custom-elements.json', import.meta.url));
  const manifest = (await response.json()) as { modules: { declarations?: Declaration[] }[] };
  declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
});

afterAll(unmountAll);

const notFound = () => Promise.resolve(new Response('', { status: 404 }));
const never = () => new Promise<Response>(() => {});
const broken = { formatVersion: '1.0', plans: [{ id: 'x' }] };
const empty = { formatVersion: '1.0' };
const otherPlan: Dataset = {
  formatVersion: '1.0',
  organisations: [
    { id: 'eskilstuna-kommun', name: { sv: 'Eskilstuna kommun' }, kind: 'kommun', area: '0484' },
  ],
  plans: [
    {
      id: 'eskilstuna-lokal',
      kind: 'local',
      title: { sv: 'Lokal handlingsplan (påhittad)' },
      scope: ['0484'],
      framework: 'det-handlar-om-livet-2025',
      activities: [
        {
          id: 'a',
          title: { sv: 'Fler skolkuratorer' },
          goals: [{ goal: 'delmal-2' }],
          kind: 'new',
          status: 'planned',
          responsible: [{ organisation: 'eskilstuna-kommun', role: 'lead' }],
        },
      ],
    },
  ],
};

/** A county whose sources are a plan, a handslag and one that is missing, for the overview. */
const county = {
  formatVersion: '1.0',
  title: { sv: 'Södermanlands län' },
  area: '04',
  sources: [
    { url: 'plan.json', area: '0484', kinds: ['plan'] },
    { url: 'handslag.json', area: '0461', kinds: ['handslag'] },
    { url: 'saknas.json', area: '0480' },
  ],
};
const countyFiles = async (input: RequestInfo | URL) => {
  const name = String(input).split('/').pop();
  if (name === 'plan.json') return Response.json(sormlandHandlingsplan2026);
  if (name === 'handslag.json') return Response.json(surahammarHandslag);
  return new Response('', { status: 404 });
};

/** Each element in every state and view a reader can bring it to, so that every part it can render is drawn. */
const scenes: Record<string, TemplateResult[]> = {
  'dhol-plan': [
    html`<dhol-plan .data=${sormlandHandlingsplan2026} .now=${'2027-06-01'} url-state="none"></dhol-plan>`,
    html`<dhol-plan .data=${broken}></dhol-plan>`,
    html`<dhol-plan .data=${empty}></dhol-plan>`,
    html`<dhol-plan src="/x.json" .fetcher=${never}></dhol-plan>`,
    html`<dhol-plan src="/x.json" .fetcher=${notFound}></dhol-plan>`,
  ],
  'dhol-framework': [
    html`<dhol-framework .data=${sormlandHandlingsplan2026} selected="delmal-6"></dhol-framework>`,
    html`<dhol-framework .data=${broken}></dhol-framework>`,
    html`<dhol-framework lang="en"></dhol-framework>`,
  ],
  'dhol-agreement': [
    html`<dhol-agreement .data=${surahammarHandslag}></dhol-agreement>`,
    html`<dhol-agreement .data=${empty}></dhol-agreement>`,
    html`<dhol-agreement .data=${broken}></dhol-agreement>`,
  ],
  'dhol-coverage': [
    html`<dhol-coverage .datasets=${[sormlandHandlingsplan2026, otherPlan]}></dhol-coverage>`,
    html`<dhol-coverage by="organisation" .data=${sormlandHandlingsplan2026}></dhol-coverage>`,
    html`<dhol-coverage .data=${empty}></dhol-coverage>`,
    html`<dhol-coverage .data=${broken}></dhol-coverage>`,
  ],
  'dhol-indicator': [
    html`<dhol-indicator view="bar" .data=${indicatorFixture}></dhol-indicator>`,
    html`<dhol-indicator view="line" .data=${indicatorFixture}></dhol-indicator>`,
    html`<dhol-indicator view="table" .data=${indicatorFixture}></dhol-indicator>`,
    html`<dhol-indicator .data=${surahammarHandslag}></dhol-indicator>`,
    html`<dhol-indicator .data=${empty}></dhol-indicator>`,
  ],
  'dhol-overview': [
    html`<dhol-overview .data=${county} .fetcher=${countyFiles} .now=${'2027-06-01'}></dhol-overview>`,
    html`<dhol-overview .data=${broken}></dhol-overview>`,
  ],
  'dhol-followup': [
    html`<dhol-followup plan="exempelplan-2025" .now=${'2026-06-01'} .data=${followUpExample}></dhol-followup>`,
    html`<dhol-followup .data=${broken}></dhol-followup>`,
  ],
};

/** Renders a scene and waits until it has settled in its state. */
async function render(template: TemplateResult): Promise<DholElement> {
  const el = mount<DholElement>(template);
  const waits = el.data !== undefined || (el.src && el.fetcher !== never);
  if (waits) await nextState(el);
  else await el.updateComplete;
  return el;
}

/** Whether a documented name covers a part: names with a placeholder (`status-<status>`) cover a family. */
function covers(documented: string, part: string): boolean {
  if (!documented.includes('<')) return documented === part;
  const pattern = documented.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]+>/g, '[a-z0-9-]+');
  return new RegExp(`^${pattern}$`).test(part);
}

for (const [tag, templates] of Object.entries(scenes)) {
  test(`every part ${tag} renders is documented in custom-elements.json`, async () => {
    const declaration = declarations.find((d) => d.tagName === tag);
    expect(declaration, tag).toBeDefined();
    const documented = (declaration?.cssParts ?? []).map((p) => p.name);
    const undocumented = new Set<string>();
    for (const template of templates) {
      const el = await render(template);
      // A picked activity, an opened delmål: states a reader brings about.
      (shadow(el).querySelector('[part~="activity-title"]') as HTMLElement | null)?.click();
      await el.updateComplete;
      for (const node of shadow(el).querySelectorAll('[part]'))
        for (const part of (node.getAttribute('part') ?? '').split(/\s+/).filter(Boolean))
          if (!documented.some((name) => covers(name, part))) undocumented.add(part);
    }
    expect([...undocumented], `undocumented parts: ${[...undocumented].join(' ')}`).toHaveLength(0);
  });

  test(`every --dhol-* property ${tag} reads is documented with its default`, async () => {
    const declaration = declarations.find((d) => d.tagName === tag);
    const Element = customElements.get(tag) as unknown as { elementStyles: { cssText: string }[] };
    const css = Element.elementStyles.map((style) => style.cssText).join('\n');
    const read = new Set([...css.matchAll(/var\(\s*(--dhol-[a-z0-9-]+)/g)].map((m) => m[1] as string));
    expect(read.size).toBeGreaterThan(10);
    const documented = new Map((declaration?.cssProperties ?? []).map((p) => [p.name, p]));
    const missing = [...read].filter((name) => !documented.get(name)?.default?.trim());
    expect(missing, `no default: ${missing.join(' ')}`).toHaveLength(0);
    const undescribed = [...read].filter((name) => !documented.get(name)?.description?.trim());
    expect(undescribed, `no description: ${undescribed.join(' ')}`).toHaveLength(0);
  });
}

test('the documented defaults are the ones the styles use', () => {
  for (const declaration of declarations) {
    const documented = new Map((declaration.cssProperties ?? []).map((p) => [p.name, p.default]));
    for (const token of tokenTable) expect(documented.get(token.name), token.name).toBe(token.default);
  }
  const indicator = declarations.find((d) => d.tagName === 'dhol-indicator');
  SERIES.forEach(([light, dark], i) => {
    const name = `--dhol-indicator-series-${i + 1}`;
    expect(indicator?.cssProperties?.find((p) => p.name === name)?.default, name).toBe(
      `light-dark(${light}, ${dark})`,
    );
  });
});
