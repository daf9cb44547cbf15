// The real example datasets of @dhol/data, read as files: core cannot depend on the data package, which depends on it.
import { readFileSync } from 'node:fs';
import { AREA_ROWS } from '../../../data/src/area-list.js';
import type { Area } from '../../src/model/area.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { Framework } from '../../src/model/framework.js';

const datasetsDir = new URL('../../../data/datasets/', import.meta.url);

/** The file names (without `.json`) of the datasets `@dhol/data` publishes. */
export const exampleNames = [
  'det-handlar-om-livet-2025',
  'sormland-handlingsplan-2026',
  'surahammar-handslag',
] as const;

export type ExampleName = (typeof exampleNames)[number];

const texts = new Map<ExampleName, string>(
  exampleNames.map((name) => [name, readFileSync(new URL(`${name}.json`, datasetsDir), 'utf8')]),
);

/** The file's text exactly as published. */
export function exampleText(name: ExampleName): string {
  return texts.get(name)!;
}

/** A fresh copy of an example dataset, safe to change. */
export function example(name: ExampleName): Dataset {
  return JSON.parse(exampleText(name)) as Dataset;
}

/** The national framework, which the Sörmland plan refers to. */
export const nationalFramework: Framework = example('det-handlar-om-livet-2025').frameworks![0]!;

/** Sweden, its län and kommuner, as `@dhol/data` builds them from the official code list. */
export const areas: Area[] = [
  { code: '00', name: 'Sverige', kind: 'country' },
  ...AREA_ROWS.map(
    ([code, name]): Area => ({
      code,
      name,
      kind: code.length === 2 ? 'lan' : 'kommun',
      parent: code.length === 2 ? '00' : code.slice(0, 2),
    }),
  ),
];

/** A fixed clock, so that overdue revisions do not change with the day the tests run. */
export const now = '2026-06-01';

/** The options the demo and the CLI validate with. */
export const validateOptions = { frameworks: [nationalFramework], areas, now };
