import { isRecord } from '../util/is-record.js';

/**
 * Statistics files people give a dataset validator by mistake, recognised so they are told which importer reads
 * them instead of getting a page of structure errors. Only files without a `formatVersion` are considered.
 */
export type OtherFormat = 'jsonstat' | 'kolada';

export function recogniseOtherFormat(input: unknown): OtherFormat | undefined {
  if (!isRecord(input) || 'formatVersion' in input) return undefined;
  if (isJsonStatDataset(input)) return 'jsonstat';
  if (input.class === 'collection' && typeof input.version === 'string') return 'jsonstat';
  // A JSON-stat 1.0 bundle: datasets by name.
  const members = Object.values(input);
  if (members.length > 0 && members.every((member) => isRecord(member) && isRecord(member.dimension))) {
    return 'jsonstat';
  }
  const values = input.values;
  if (
    Array.isArray(values) &&
    ('next_url' in input || 'next_page' in input || 'count' in input) &&
    values.some((row) => isRecord(row) && ('kpi' in row || 'municipality' in row))
  ) {
    return 'kolada';
  }
  return undefined;
}

function isJsonStatDataset(input: Record<string, unknown>): boolean {
  return isRecord(input.dimension) && ('value' in input || input.class === 'dataset');
}
