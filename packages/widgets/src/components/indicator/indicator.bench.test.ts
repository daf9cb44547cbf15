/**
 * Benchmark, not a unit test: prints the median time to draw a line chart of 21 areas × 30 periods × 3 sexes
 * (1 890 values, each a keyboard stop with its own accessible name). Budget: 16 ms in headless Chromium. Only
 * correctness is asserted; the figure is printed so that a slow machine does not fail the suite.
 */
import type { Dataset, Observation, Sex } from '@dhol/core';
import { html } from 'lit';
import { afterAll, expect, test } from 'vitest';
import { mount, nextState, shadow, unmountAll } from '../../../test/helpers.js';
import './dhol-indicator.js';
import type { DholIndicator } from './indicator.js';

afterAll(unmountAll);

const LAN = [
  '01',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '12',
  '13',
  '14',
  '17',
  '18',
  '19',
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
];
const SEXES: Sex[] = ['T', 'K', 'M'];
const PERIODS = Array.from({ length: 30 }, (_, i) => String(1995 + i));

/** Invented but plausible values: a slow drift per area and sex, with confidence intervals. */
function bigDataset(): Dataset {
  const observations: Observation[] = [];
  LAN.forEach((area, a) => {
    PERIODS.forEach((period, p) => {
      SEXES.forEach((sex, s) => {
        const value = Math.round((40 + a * 0.7 + s * 4 + Math.sin(p / 3 + a) * 5) * 10) / 10;
        observations.push({
          indicator: 'bench',
          area,
          period,
          sex,
          value,
          ci: { lower: value - 3, upper: value + 3, level: 95 },
          status: 'ok',
        });
      });
    });
  });
  return {
    formatVersion: '1.0',
    indicators: [
      {
        id: 'bench',
        title: { sv: 'Benchmark (påhittade värden)' },
        unit: 'percent',
        polarity: 'higher-is-better',
        aboutPeople: true,
        source: { name: { sv: 'Påhittad' } },
      },
    ],
    observations,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** Runs `change`, waits for the element to render and lay out, and returns the median of `runs` timings. */
async function time(
  el: DholIndicator,
  runs: number,
  prepare: (run: number) => void,
  change: (run: number) => void,
) {
  const times: number[] = [];
  for (let run = 0; run < runs + 2; run++) {
    prepare(run);
    await el.updateComplete;
    const start = performance.now();
    change(run);
    await el.updateComplete;
    // Force style and layout, so the figure covers what the browser must do before it can paint.
    shadow(el).querySelector('svg')?.getBoundingClientRect();
    const elapsed = performance.now() - start;
    if (run >= 2) times.push(elapsed); // the first two runs warm up the JIT
  }
  return { median: median(times), best: Math.min(...times) };
}

const ALL_PERIODS = PERIODS.join(' ');

test('a line chart of 21 areas × 30 periods × 3 sexes: median render times (printed)', async () => {
  const data = bigDataset();
  const el = mount<DholIndicator>(html`<dhol-indicator view="bar" .data=${data}></dhol-indicator>`);
  el.style.width = '960px';
  expect(await nextState(el)).toBe('content');
  const runs = 15;

  // Fresh: the element works out the slice, summary, layout and 1 890 accessible names, then draws.
  const fresh = await time(
    el,
    runs,
    () => {
      el.view = 'bar';
    },
    (run) => {
      el.periods = run % 2 === 0 ? ALL_PERIODS : `${ALL_PERIODS} `;
      el.view = 'line';
    },
  );
  expect(shadow(el).querySelectorAll('svg .points > [role="img"]')).toHaveLength(21 * 30 * 3);

  // Redraw: the same chart shown again (after another view), its model kept.
  const redraw = await time(
    el,
    runs,
    () => {
      el.view = 'bar';
    },
    () => {
      el.view = 'line';
    },
  );

  // Cold: a new data object, so validation with core runs too.
  const cold = await time(
    el,
    5,
    () => {},
    () => {
      el.data = structuredClone(data);
    },
  );
  expect(shadow(el).querySelectorAll('svg .points > [role="img"]')).toHaveLength(21 * 30 * 3);

  const show = (t: { median: number; best: number }) => `${t.median.toFixed(1)} (best ${t.best.toFixed(1)})`;
  console.log(
    `[bench] dhol-indicator line chart 21×30×3 (1890 values), median ms — fresh render from loaded data: ${show(fresh)}; ` +
      `redraw with kept model: ${show(redraw)}; new data incl. validation: ${show(cold)} (budget 16 ms)`,
  );
  expect(fresh.median).toBeGreaterThan(0);
}, 60_000);
