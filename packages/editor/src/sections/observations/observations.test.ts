import { html } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axe, MemoryStorage, mount, unmountAll, validated } from '../../../test/helpers.js';
import '../../components/editor/dhol-editor.js';
import type { DholEditor } from '../../components/editor/editor.js';
import { getAt } from '../../store/path.js';

const within = (el: Element) => page.elementLocator(el);
afterEach(() => unmountAll());

async function focused(el: DholEditor): Promise<Element | null> {
  while (!(await el.updateComplete)) {
    // another update was requested while this one ran
  }
  return el.shadowRoot!.activeElement;
}

function dataset(observations: unknown[] = [], breakdowns?: string[]) {
  return {
    formatVersion: '1.0',
    indicators: [
      {
        id: 'fullgod',
        title: { sv: 'Fullgod psykisk hälsa' },
        unit: 'percent',
        polarity: 'higher-is-better',
        aboutPeople: true,
        ...(breakdowns ? { breakdowns } : {}),
        source: { name: { sv: 'Påhittad källa för test' } },
      },
    ],
    observations,
  };
}

async function grid(data: unknown): Promise<DholEditor> {
  const el = mount<DholEditor>(
    html`<dhol-editor .storage=${new MemoryStorage()} now="2026-11-24" .validationDelay=${50}></dhol-editor>`,
  );
  await el.updateComplete;
  el.openDraft(data, { route: { section: 'observations', path: ['indicators', 0] } });
  await validated(el);
  return el;
}

const cell = (el: DholEditor, name: string) => within(el).getByRole('textbox', { name, exact: true });

describe('the grid of figures', () => {
  test('starting empty, an area, a period and a split by sex give cells named by area, period and sex', async () => {
    const el = await grid(dataset());
    await expect.element(within(el).getByText(/Inga värden ännu/)).toBeVisible();
    await userEvent.selectOptions(within(el).getByRole('combobox', { name: 'Område' }), 'Surahammar');
    await userEvent.click(within(el).getByRole('button', { name: 'Lägg till området' }));
    await userEvent.fill(within(el).getByRole('textbox', { name: 'Lägg till en period' }), '2023');
    await userEvent.click(within(el).getByRole('button', { name: 'Lägg till perioden' }));
    await userEvent.click(within(el).getByRole('checkbox', { name: 'Värden för kvinnor och män' }));
    await validated(el);
    await expect
      .element(within(el).getByRole('grid', { name: 'Värden för Fullgod psykisk hälsa' }))
      .toBeVisible();
    await userEvent.fill(cell(el, 'Surahammar, 2023, totalt'), '48');
    await userEvent.fill(cell(el, 'Surahammar, 2023, kvinnor'), '44,5');
    await userEvent.fill(cell(el, 'Surahammar, 2023, män'), '..');
    await validated(el);
    expect(getAt(el.data, ['observations'])).toEqual([
      { indicator: 'fullgod', area: '1907', period: '2023', sex: 'T', value: 48, status: 'ok' },
      { indicator: 'fullgod', area: '1907', period: '2023', sex: 'K', value: 44.5, status: 'ok' },
      { indicator: 'fullgod', area: '1907', period: '2023', sex: 'M', value: null, status: 'suppressed' },
    ]);
    expect(getAt(el.data, ['indicators', 0, 'breakdowns'])).toEqual(['sex']);
    expect(await axe(el)).toEqual([]);
  });

  test('a cell shows its state in words: a hidden value is described as hidden by the source', async () => {
    const el = await grid(
      dataset([
        { indicator: 'fullgod', area: '1907', period: '2023', sex: 'T', value: null, status: 'suppressed' },
      ]),
    );
    const input = cell(el, 'Surahammar, 2023, totalt');
    await expect.element(input).toHaveValue('..');
    await expect.element(input).toHaveAccessibleDescription('Dolt av källan');
  });

  test('the grid is one Tab stop; arrows and Enter move between cells', async () => {
    const rows = ['1907', '19'].flatMap((area) =>
      ['2022', '2023'].map((period) => ({
        indicator: 'fullgod',
        area,
        period,
        sex: 'T',
        value: 1,
        status: 'ok',
      })),
    );
    const el = await grid(dataset(rows));
    const first = cell(el, 'Västmanlands län, 2022, totalt');
    await expect.element(first).toHaveAttribute('tabindex', '0');
    await expect.element(cell(el, 'Surahammar, 2023, totalt')).toHaveAttribute('tabindex', '-1');
    await userEvent.click(first);
    await userEvent.keyboard('{ArrowDown}');
    expect(await focused(el)).toBe(cell(el, 'Surahammar, 2022, totalt').element());
    await userEvent.keyboard('{End}{ArrowRight}');
    expect(await focused(el)).toBe(cell(el, 'Surahammar, 2023, totalt').element());
    await userEvent.keyboard('{ArrowUp}');
    expect(await focused(el)).toBe(cell(el, 'Västmanlands län, 2023, totalt').element());
    await userEvent.keyboard('{Enter}');
    expect(await focused(el)).toBe(cell(el, 'Surahammar, 2023, totalt').element());
    await expect.element(cell(el, 'Surahammar, 2023, totalt')).toHaveAttribute('tabindex', '0');
  });

  test('a block pasted from a spreadsheet fills from the focused cell, reports what it left, and undoes as one step', async () => {
    const rows = ['2021', '2022', '2023'].map((period) => ({
      indicator: 'fullgod',
      area: '1907',
      period,
      sex: 'T',
      value: 1,
      status: 'ok',
    }));
    const el = await grid(dataset(rows, ['sex']));
    const start = cell(el, 'Surahammar, 2022, totalt');
    await userEvent.click(start);
    const paste = new ClipboardEvent('paste', {
      clipboardData: new DataTransfer(),
      bubbles: true,
      cancelable: true,
    });
    paste.clipboardData!.setData('text/plain', '12,5\t..\tx\n=1+1\t\t7\n');
    start.element().dispatchEvent(paste);
    await validated(el);
    const values = (
      getAt(el.data, ['observations']) as { period: string; sex: string; value: unknown; status: string }[]
    ).map((o) => `${o.period} ${o.sex} ${o.value} ${o.status}`);
    expect(values).toEqual(['2021 T 1 ok', '2022 T 12.5 ok', '2023 T null suppressed']);
    await expect
      .element(within(el).getByRole('status').filter({ hasText: 'celler ifyllda' }).first())
      .toHaveTextContent(
        '2 celler ifyllda. 2 celler hamnade utanför tabellen och lämnades. 1 cell var inget tal och lämnades: ”=1+1”.',
      );
    el.undo();
    await validated(el);
    expect(getAt(el.data, ['observations'])).toEqual(rows);
  });

  test('a headed table pasted anywhere lands by its areas, sexes and periods', async () => {
    const el = await grid(
      dataset(
        [{ indicator: 'fullgod', area: '1907', period: '2023', sex: 'T', value: 48, status: 'ok' }],
        ['sex'],
      ),
    );
    const paste = new ClipboardEvent('paste', {
      clipboardData: new DataTransfer(),
      bubbles: true,
      cancelable: true,
    });
    paste.clipboardData!.setData(
      'text/plain',
      'region\tkön\t2023\n1907 Surahammar\tkvinnor\t44\n\tmän\t52\n',
    );
    cell(el, 'Surahammar, 2023, totalt').element().dispatchEvent(paste);
    await validated(el);
    await expect.element(cell(el, 'Surahammar, 2023, kvinnor')).toHaveValue('44');
    await expect.element(cell(el, 'Surahammar, 2023, män')).toHaveValue('52');
    await expect.element(cell(el, 'Surahammar, 2023, totalt')).toHaveValue('48');
  });

  test('text that is no figure is kept as typed and reported at the cell, then corrected', async () => {
    const el = await grid(
      dataset([{ indicator: 'fullgod', area: '1907', period: '2023', sex: 'T', value: 48, status: 'ok' }]),
    );
    const input = cell(el, 'Surahammar, 2023, totalt');
    await userEvent.fill(input, '4a');
    await validated(el);
    expect(getAt(el.data, ['observations', 0, 'value'])).toBe('4a');
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    expect(await axe(el)).toEqual([]);
    await userEvent.fill(input, '4,25');
    await validated(el);
    expect(getAt(el.data, ['observations', 0, 'value'])).toBe(4.25);
    await expect.element(input).toHaveAttribute('aria-invalid', 'false');
  });

  test('a grid of 2,160 cells (24 areas × 30 years × 3) is drawn and edited', async () => {
    const areas = [
      '19',
      '1904',
      '1907',
      '1960',
      '1961',
      '1962',
      '1980',
      '1981',
      '1982',
      '1983',
      '1984',
      '00',
    ];
    const many = [
      ...areas,
      '04',
      '0428',
      '0461',
      '0480',
      '0481',
      '0482',
      '0483',
      '0484',
      '0486',
      '0488',
    ].flatMap((area) =>
      Array.from({ length: 30 }, (_, y) => String(1995 + y)).flatMap((period) =>
        (['T', 'K', 'M'] as const).map((sex) => ({
          indicator: 'fullgod',
          area,
          period,
          sex,
          value: 50,
          status: 'ok',
        })),
      ),
    );
    const el = await grid(dataset(many, ['sex']));
    expect(el.shadowRoot!.querySelectorAll('input.cell-input')).toHaveLength(many.length);
    await userEvent.fill(cell(el, 'Surahammar, 2024, kvinnor'), '51');
    expect(getAt(el.data, ['observations']) as unknown[]).toHaveLength(many.length);
    await expect.element(cell(el, 'Surahammar, 2024, kvinnor')).toHaveValue('51');
  });
});
