// Deterministic datasets for the render benchmarks, valid per @dhol/core: a plan of 1,000 activities, the 21
// regions' plans for coverage, and an indicator with 21 areas × 30 periods × 3 sexes. Plans come from core's seeded
// national-scale generator (placeholder texts, not the strategy's wording); the indicator's values are invented.
import { generateNationalDataset, LAN } from '../../../packages/core/bench/generate-dataset.mjs';

export { LAN };

/** One dataset holding one local plan with `activities` activities (and the organisations it names). */
export function planDataset(activities = 1000) {
  const { dataset } = generateNationalDataset({ kommuner: 1, activitiesPerPlan: activities });
  const plan = dataset.plans.find((p) => p.kind === 'local');
  // The generator numbers its kommuner 0110, 0111 …; give this one a real code (0180, Stockholm) so that the
  // elements' own area list knows it.
  const real = JSON.parse(
    JSON.stringify({ ...dataset, plans: [plan], observations: [] }).replaceAll('0110', '0180'),
  );
  return { dataset: real, planId: real.plans[0].id };
}

/** One dataset holding the 21 regions' plans (60 activities each). */
export function coverageDataset() {
  const { dataset } = generateNationalDataset({ kommuner: 0 });
  return {
    dataset: { ...dataset, plans: dataset.plans.filter((p) => p.kind === 'regional'), observations: [] },
  };
}

/** One indicator observed in the 21 län over 30 years for both sexes and in total: 1,890 values. */
export function indicatorDataset() {
  const periods = Array.from({ length: 30 }, (_, i) => String(1995 + i));
  const sexes = ['T', 'K', 'M'];
  const observations = [];
  LAN.forEach((area, a) => {
    periods.forEach((period, p) => {
      sexes.forEach((sex, s) => {
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
    dataset: {
      formatVersion: '1.0',
      indicators: [
        {
          id: 'bench',
          title: { sv: 'Prestandatest (påhittade värden)', en: 'Benchmark (invented values)' },
          unit: 'percent',
          polarity: 'higher-is-better',
          aboutPeople: true,
          breakdowns: ['sex', 'area', 'period'],
          source: { name: { sv: 'Påhittad' } },
        },
      ],
      observations,
    },
    periods,
  };
}
