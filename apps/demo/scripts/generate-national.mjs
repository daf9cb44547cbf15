// Writes the national page's test data into `public/dhol/riket/`: one generated dataset per region (21) and per
// kommun (290), from core's seeded benchmark generator, with the real area codes and the national framework's delmål
// so that dhol-overview can check them, and the manifest that lists them. Every dataset and the manifest say they
// are generated test data: no real municipality's or region's plan.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { areas, nationalFramework } from '@dhol/data';
import { generateNationalSources } from '../../../packages/core/bench/generate-sources.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'public', 'dhol', 'riket');

/**
 * Small plans and no figures: a page that reads 311 files should stay light (the overview shows no figures); the
 * benchmark reads the full size.
 */
export const DEMO_SIZES = { activitiesPerPlan: 8, activitiesPerRegionalPlan: 20 };

/** The manifest and the datasets of the generated national set, as files to write (name → JSON). */
export function nationalFiles(sizes = DEMO_SIZES) {
  const kommuner = areas
    .filter((area) => area.kind === 'kommun')
    .map((area) => ({ code: area.code, lan: area.parent }));
  const { sources } = generateNationalSources({ ...sizes, kommuner, framework: nationalFramework });
  const manifest = {
    formatVersion: '1.0',
    id: 'riket-genererade-testdata',
    title: {
      sv: 'Hela landet (genererade testdata)',
      en: 'The whole country (generated test data)',
    },
    description: {
      sv: 'Alla 290 kommuner och 21 regioner med genererade testdata: ingen riktig kommuns eller regions plan. Sidan visar hur översikten fungerar med många källor.',
      en: 'All 290 municipalities and 21 regions with generated test data: no real municipality’s or region’s plan. The page shows how the overview works with many sources.',
    },
    area: '00',
    sources: sources.map((source) => ({
      id: source.key,
      url: `${source.key}.json`,
      area: source.area,
      kinds: ['plan', 'indicators'],
      label: {
        sv: `${source.dataset.organisations.find((o) => o.id === source.dataset.plans[0].owner)?.name.sv ?? source.key} (genererad)`,
      },
    })),
  };
  return new Map([
    ['riket.json', manifest],
    ...sources.map((source) => {
      const { observations: _figures, ...dataset } = source.dataset;
      return [`${source.key}.json`, dataset];
    }),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files = nationalFiles();
  for (const [name, json] of files) writeFileSync(join(out, name), JSON.stringify(json));
  console.log(`demo: wrote ${files.size - 1} generated datasets and their manifest into public/dhol/riket/`);
}
