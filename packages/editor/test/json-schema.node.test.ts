// The file the editor downloads is valid against core's published JSON Schema whenever core finds no error in it:
// each example dataset, and new drafts as the start view makes them once their missing facts are filled in.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { validateDataset } from '@dhol/core';
import { areas, exampleDatasets, nationalFramework, nationalFrameworkDataset } from '@dhol/data';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { newAgreementDataset } from '../src/sections/agreement/new-agreement.js';
import { datasetFileText } from '../src/sections/export/file.js';
import { newIndicatorsDataset } from '../src/sections/indicator/new-indicators.js';
import { newPlanDataset } from '../src/sections/plan/new-plan.js';

const schemaFile = createRequire(import.meta.url).resolve('@dhol/core/dataset.schema.json');
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const schemaValid = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

/** Core's errors (not warnings) in a dataset, as `path: message` lines. */
function errors(data: unknown): string[] {
  const result = validateDataset(data, { frameworks: [nationalFramework], areas, now: '2026-11-24' });
  return result.issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) => `${issue.path.join('.')}: ${issue.message.en}`);
}

/** The downloaded file, read back, checked against the JSON Schema; the schema's complaints as lines. */
function schemaErrors(data: unknown): string[] {
  const file = JSON.parse(datasetFileText(data));
  return schemaValid(file)
    ? []
    : (schemaValid.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${e.message}`);
}

describe('a file with no errors is valid against the JSON Schema', () => {
  test.each([...Object.entries(exampleDatasets), ['det-handlar-om-livet-2025', nationalFrameworkDataset]])(
    '%s',
    (_name, data) => {
      expect(errors(data)).toEqual([]);
      expect(schemaErrors(data)).toEqual([]);
    },
  );

  test('a new plan, blank or with the seven delmål, once it has its area', () => {
    for (const withGoals of [false, true]) {
      const data = newPlanDataset('Påhittad plan', 'regional', withGoals) as {
        plans: Record<string, unknown>[];
      };
      data.plans[0]!['scope'] = ['04'];
      expect(errors(data)).toEqual([]);
      expect(schemaErrors(data)).toEqual([]);
    }
  });

  test('a new handslag once its decision steps say who decides what', () => {
    const data = newAgreementDataset(
      'Påhittat handslag',
      { name: 'Påhittad kommun', kind: 'kommun' },
      { name: 'Påhittad region', kind: 'region' },
    ) as { agreements: { decisionSteps: Record<string, unknown>[] }[] };
    // What the start view leaves to fill in is what both the schema and core ask for.
    expect(errors(data).length).toBeGreaterThan(0);
    expect(schemaErrors(data).length).toBeGreaterThan(0);
    for (const [i, step] of data.agreements[0]!.decisionSteps.entries()) {
      step['body'] = i === 0 ? 'pahittad-kommun' : 'pahittad-region';
      step['decision'] = { sv: 'Beslut om handslaget (påhittat)' };
    }
    expect(errors(data)).toEqual([]);
    expect(schemaErrors(data)).toEqual([]);
  });

  test('a new set of figures once its indicator has a unit, direction and source', () => {
    const data = newIndicatorsDataset('Påhittade värden', 'Påhittad indikator') as {
      indicators: Record<string, unknown>[];
    };
    Object.assign(data.indicators[0]!, {
      unit: 'percent',
      polarity: 'neutral',
      aboutPeople: true,
      source: { name: { sv: 'Påhittad källa' } },
    });
    expect(errors(data)).toEqual([]);
    expect(schemaErrors(data)).toEqual([]);
  });
});
