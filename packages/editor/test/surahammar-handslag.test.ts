/**
 * A coordinator enters the Surahammar handslag from a blank start, by the visible labels only, and the file the
 * editor would download validates with no errors and holds the same facts as `@dhol/data`'s surahammar-handslag
 * (organisations compared by name, since ids made from names differ from the example's hand-picked ones). The
 * demo's `editor-handslag.spec.ts` enters the whole handslag (texts, organisations and the file's facts too) on
 * /redigera/ with the keyboard alone.
 */
import { validateDataset } from '@dhol/core';
import { areas, nationalFramework, surahammarHandslag } from '@dhol/data';
import { html } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { type Locator, page, userEvent } from 'vitest/browser';
import '../src/components/editor/dhol-editor.js';
import type { DholEditor } from '../src/components/editor/editor.js';
import { MemoryStorage, mount, unmountAll, validated } from './helpers.js';

afterEach(() => unmountAll());

// biome-ignore lint/suspicious/noExplicitAny: the test walks the example file by key, as any reader of the JSON does.
type Json = Record<string, any>;
const source = surahammarHandslag as unknown as Json;
const agreement = source['agreements'][0] as Json;
const orgName = (data: Json, id: string) =>
  (data['organisations'] as Json[]).find((o) => o['id'] === id)?.['name']['sv'];
const indicatorTitle = (data: Json, id: string) =>
  (data['indicators'] as Json[]).find((i) => i['id'] === id)?.['title']['sv'];

/** The facts of a handslag dataset that the forms enter, with organisations and indicators by name. */
function facts(data: Json) {
  const a = data['agreements'][0] as Json;
  const org = (id: string) => orgName(data, id);
  return {
    title: a['title'],
    subtitle: a['subtitle'],
    scope: a['scope'],
    initiatedBy: org(a['initiatedBy']),
    parties: (a['parties'] as Json[]).map((p) => ({ ...p, organisation: org(p['organisation']) })),
    duration: a['duration'],
    coordinator: {
      ...a['governance']['coordinator'],
      appointedBy: org(a['governance']['coordinator']['appointedBy']),
    },
    steeringGroup: a['governance']['steeringGroup'],
    workingGroups: a['governance']['workingGroups'],
    decisionSteps: (a['decisionSteps'] as Json[]).map((s) => ({ ...s, body: org(s['body']) })),
    serves: (a['serves'] as Json[]).map((s) => (s['owner'] ? { ...s, owner: org(s['owner']) } : s)),
    baseline: {
      area: a['baseline']['area'],
      period: a['baseline']['period'],
      indicators: (a['baseline']['indicators'] as string[]).map((id) => indicatorTitle(data, id)),
    },
    indicators: (data['indicators'] as Json[]).map(({ id: _id, ...rest }) => rest),
    observations: (data['observations'] as Json[]).map(({ note: _note, ...o }) => ({
      ...o,
      indicator: indicatorTitle(data, o['indicator']),
    })),
  };
}

const within = (el: Element) => page.elementLocator(el);

test('a coordinator enters the Surahammar handslag by its labels, and the file matches the example', {
  timeout: 240_000,
}, async () => {
  const el = mount<DholEditor>(
    html`<dhol-editor .storage=${new MemoryStorage()} now="2026-11-24" .validationDelay=${50}></dhol-editor>`,
  );
  await el.updateComplete;
  const ui = within(el);
  const nav = async (name: string | RegExp) => {
    const exact = typeof name === 'string';
    await userEvent.click(
      ui.getByRole('navigation', { name: 'Delar av utkastet' }).getByRole('button', { name, exact }),
    );
    await validated(el);
  };
  const fill = (scope: Locator, name: string, text: string) =>
    userEvent.fill(scope.getByRole('textbox', { name, exact: true }), text);
  const addOrganisation = async (scope: Locator, name: string, kind: string) => {
    await userEvent.click(
      scope.getByRole('button', { name: 'Lägg till en organisation som inte finns i listan' }),
    );
    await fill(scope, 'Organisationens namn', name);
    await userEvent.selectOptions(scope.getByRole('combobox', { name: 'Typ av organisation' }), kind);
    await userEvent.click(scope.getByRole('button', { name: 'Lägg till organisationen' }));
  };
  const pickArea = async (scope: Locator, label: string, query: string) => {
    await userEvent.click(scope.getByRole('combobox', { name: label }));
    await userEvent.keyboard(query);
    await userEvent.keyboard('{Enter}');
  };

  // Starting blank: the handslag and its two parties.
  const start = ui.getByRole('region', { name: 'Skriv ett nytt handslag' });
  await fill(start, 'Handslagets titel', agreement['title']['sv']);
  const owner = start.getByRole('group', { name: 'Huvudman' });
  await fill(owner, 'Namn', 'Surahammars kommun');
  const support = start.getByRole('group', { name: 'Part som ger kunskaps- och processtöd' });
  await fill(support, 'Namn', 'Välfärd');
  await userEvent.selectOptions(
    support.getByRole('combobox', { name: 'Typ av organisation' }),
    'Del av en organisation (förvaltning, division, enhet)',
  );
  await userEvent.click(start.getByRole('button', { name: 'Skapa handslaget' }));
  await validated(el);

  // About the handslag.
  await fill(ui, 'Undertitel (frivilligt)', agreement['subtitle']['sv']);
  await pickArea(ui, 'Område som handslaget gäller (frivilligt)', 'Surahammar');
  await userEvent.selectOptions(
    ui.getByRole('combobox', { name: 'På initiativ av (frivilligt)' }),
    'Surahammars kommun',
  );
  await fill(ui, 'Beräknad tid i år (frivilligt)', '2');
  await fill(
    ui.getByRole('group', { name: 'Tidshorisont för det större arbetet (frivilligt)' }),
    'År',
    '2030',
  );
  await fill(ui, 'Tiden med handslagets egna ord (frivilligt)', agreement['duration']['note']['sv']);

  // Parties: the document's words for each role, and each duty.
  await nav('Parter');
  for (const [p, party] of (agreement['parties'] as Json[]).entries()) {
    const group = ui.getByRole('group', { name: `Part ${p + 1}`, exact: true });
    await fill(group, 'Rollen med handslagets egna ord (frivilligt)', party['label']['sv']);
    for (const [d, duty] of (party['duties'] as Json[]).entries()) {
      await userEvent.click(group.getByRole('button', { name: 'Lägg till ett åtagande' }));
      await fill(
        group.getByRole('group', { name: `Part ${p + 1}, åtagande ${d + 1}` }),
        'Åtagande',
        duty['sv'],
      );
    }
  }

  // Governance and the decision steps, adding each deciding body on the spot.
  await nav('Styrning och beslut');
  const governance = agreement['governance'] as Json;
  await userEvent.selectOptions(
    ui.getByRole('combobox', { name: 'Vem tillsätter samordnaren? (frivilligt)' }),
    'Surahammars kommun',
  );
  await fill(ui, 'Samordnaren (frivilligt)', governance['coordinator']['description']['sv']);
  await fill(ui, 'Styrgrupp (frivilligt)', governance['steeringGroup']['sv']);
  await fill(ui, 'Arbetsgrupper (frivilligt)', governance['workingGroups']['sv']);
  const bodies = ['Kommunstyrelsen i Surahammars kommun', 'Regionala utvecklingsnämnden'];
  for (const [s, step] of (agreement['decisionSteps'] as Json[]).entries()) {
    const group = ui.getByRole('group', { name: `Beslutssteg ${s + 1}` });
    await addOrganisation(group, bodies[s]!, 'Nämnd, styrgrupp eller annat organ');
    await fill(group, 'Beslutet med handslagets egna ord', step['decision']['sv']);
    await fill(group, 'Undertecknare (frivilligt)', step['signatory']['sv']);
  }

  // The strategies it serves.
  await nav('Strategier och utgångsläge');
  for (const [s, strategy] of (agreement['serves'] as Json[]).entries()) {
    await userEvent.click(ui.getByRole('button', { name: 'Lägg till en strategi' }));
    const group = ui.getByRole('group', { name: `Strategi ${s + 1}` });
    await fill(group, 'Strategins namn', strategy['title']['sv']);
    const kind = strategy['kind'] === 'national-strategy' ? 'Nationell strategi' : 'Regional strategi';
    await userEvent.selectOptions(group.getByRole('combobox', { name: 'Typ av strategi' }), kind);
    if (strategy['abbreviation']) await fill(group, 'Förkortning (frivilligt)', strategy['abbreviation']);
    if (strategy['framework'])
      await userEvent.selectOptions(
        group.getByRole('combobox', { name: 'Strategin som data (frivilligt)' }),
        nationalFramework.title.sv!.text,
      );
    if (strategy['owner']) await addOrganisation(group, 'Region Västmanland', 'Region');
    await fill(group, 'Om strategin (frivilligt)', strategy['note']['sv']);
  }

  // The indicators and their figures.
  for (const indicator of source['indicators'] as Json[]) {
    await nav('Alla indikatorer');
    await fill(ui, 'Indikatorns namn', indicator['title']['sv']);
    await userEvent.click(ui.getByRole('button', { name: 'Lägg till indikatorn' }));
    await validated(el);
    if (indicator['definition']) await fill(ui, 'Definition (frivilligt)', indicator['definition']['sv']);
    await fill(ui, 'Vilka värdena gäller (frivilligt)', indicator['population']['sv']);
    await userEvent.selectOptions(ui.getByRole('combobox', { name: 'Enhet' }), 'Procent (andel 0–100)');
    await userEvent.click(
      ui.getByRole('radio', {
        name:
          indicator['polarity'] === 'higher-is-better' ? 'Högre värden är bättre' : 'Lägre värden är bättre',
      }),
    );
    await userEvent.click(
      ui.getByRole('group', { name: 'Räknar indikatorn människor?' }).getByRole('radio', { name: 'Ja' }),
    );
    await userEvent.click(ui.getByRole('checkbox', { name: 'Kön' }));
    await fill(ui, 'Källans namn', indicator['source']['name']['sv']);
  }
  const titles = (source['indicators'] as Json[]).map((i) => i['title']['sv'] as string);
  for (const [i, title] of titles.entries()) {
    await nav(new RegExp(`^${title}: värden`));
    await userEvent.selectOptions(ui.getByRole('combobox', { name: 'Område' }), 'Surahammar');
    await userEvent.click(ui.getByRole('button', { name: 'Lägg till området' }));
    await fill(ui, 'Lägg till en period', '2023');
    await userEvent.click(ui.getByRole('button', { name: 'Lägg till perioden' }));
    const sexes: Record<string, string> = { T: 'totalt', K: 'kvinnor', M: 'män' };
    for (const o of source['observations'] as Json[]) {
      if (o['indicator'] !== (source['indicators'] as Json[])[i]!['id']) continue;
      await fill(ui, `Surahammar, ${o['period']}, ${sexes[o['sex']]}`, String(o['value']));
    }
  }

  // The baseline: the area, the period and both indicators.
  await nav('Strategier och utgångsläge');
  await userEvent.click(ui.getByRole('button', { name: 'Ange ett utgångsläge' }));
  const baseline = agreement['baseline'] as Json;
  await fill(ui, 'Period', baseline['period']);
  for (const title of titles) await userEvent.click(ui.getByRole('checkbox', { name: title }));
  await validated(el);

  const data = el.data as Json;
  const result = validateDataset(data, { frameworks: [nationalFramework], areas, now: '2026-11-24' });
  expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  const entered = facts(data);
  const expected = facts(source);
  // The handslag as the example has it, with the status a new handslag starts in.
  expect(data['agreements'][0]['status']).toBe('draft');
  expect(entered).toEqual(expected);
});
