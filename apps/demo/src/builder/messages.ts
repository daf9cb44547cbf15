import { issueFactory } from '@dhol/core';

/** The builder's own findings, in Swedish and English, beside the ones core reports. */
export const builderMessages = {
  'builder.empty': {
    sv: () => 'Det finns ingen data ännu. Klistra in text eller ladda upp en fil.',
    en: () => 'There is no data yet. Paste text or upload a file.',
  },
  'builder.csv.indicators': {
    sv: () =>
      'En CSV-fil innehåller bara värden. Indikatorerna de hör till beskrivs i en JSON-fil (dataset.json); lägg in dem där.',
    en: () =>
      'A CSV file holds only values. The indicators they belong to are described in a JSON file (dataset.json); add them there.',
  },
} as const;

export type BuilderIssueCode = keyof typeof builderMessages;

export const builderIssue = issueFactory<BuilderIssueCode>(builderMessages);
