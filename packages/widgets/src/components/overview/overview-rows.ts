import type {
  Area,
  Dataset,
  Issue,
  LocalizedText,
  ManifestHeader,
  ResolvedSource,
  SourceKind,
  SourceSummary,
} from '@dhol/core';
import type { Lang } from '../../i18n/index.js';
import { textIn } from '../../shared/text.js';

/** Where a row stands: its file is being read, was read, could not be read; or an area has published nothing. */
export type RowStatus = 'pending' | 'loaded' | 'failed' | 'unpublished';

/** One row of the overview: a source of the manifest, or an area of the manifest's area with no source. */
export interface OverviewRow {
  /** Stable across updates: `s<index>` for a source, `a<code>` for an area with nothing published. */
  key: string;
  /** The source's place in the manifest, for sources. */
  index?: number;
  area?: string;
  /** The manifest's label, else the organisation's name. */
  label?: LocalizedText;
  /** The area's name, from the area list. */
  areaName?: string;
  status: RowStatus;
  /** What the manifest says the source holds. */
  expected: readonly SourceKind[];
  href?: string;
  summary?: SourceSummary;
  dataset?: Dataset;
  /** Why the source could not be read, or warnings about it. */
  issues: Issue[];
}

/**
 * The rows an overview starts from: every source of the manifest (pending, or failed when its entry is wrong), then
 * every area inside the manifest's area that no source names, as having published nothing. For a län those are the
 * region itself and its kommuner; for the whole country, every län and kommun.
 */
export function startingRows(
  header: ManifestHeader,
  sources: readonly ResolvedSource[],
  areas: readonly Area[],
): OverviewRow[] {
  const byCode = new Map(areas.map((area) => [area.code, area]));
  const named = new Set<string>();
  const rows: OverviewRow[] = sources.map((resolved) => {
    const source = resolved.source;
    const area = source?.area;
    if (area) named.add(area);
    const label = source?.label ?? source?.organisation?.name;
    const areaName = area ? byCode.get(area)?.name : undefined;
    return {
      key: `s${resolved.index}`,
      index: resolved.index,
      ...(area ? { area } : {}),
      ...(label ? { label } : {}),
      ...(areaName ? { areaName } : {}),
      status: resolved.href === undefined ? 'failed' : 'pending',
      expected: source?.kinds ?? [],
      ...(resolved.href !== undefined ? { href: resolved.href } : {}),
      issues: resolved.issues,
    };
  });
  for (const area of areas) {
    if (area.code === header.area || named.has(area.code) || !liesWithin(area, header.area, byCode)) continue;
    rows.push({
      key: `a${area.code}`,
      area: area.code,
      areaName: area.name,
      status: 'unpublished',
      expected: [],
      issues: [],
    });
  }
  // The län itself when the overview is of one län: its region may publish too.
  const own = byCode.get(header.area);
  if (own?.kind === 'lan' && !named.has(own.code)) {
    rows.push({
      key: `a${own.code}`,
      area: own.code,
      areaName: own.name,
      status: 'unpublished',
      expected: [],
      issues: [],
    });
  }
  return rows.sort(byArea);
}

/** Sources in the order of their areas' codes (a region before its kommuner), sources without an area last. */
function byArea(a: OverviewRow, b: OverviewRow): number {
  if (a.area !== b.area) {
    if (a.area === undefined) return 1;
    if (b.area === undefined) return -1;
    return a.area < b.area ? -1 : 1;
  }
  return (a.index ?? Number.MAX_SAFE_INTEGER) - (b.index ?? Number.MAX_SAFE_INTEGER);
}

function liesWithin(area: Area, scope: string, byCode: ReadonlyMap<string, Area>): boolean {
  for (let at: Area | undefined = area; at; at = at.parent ? byCode.get(at.parent) : undefined) {
    if (at.parent === scope) return true;
  }
  return false;
}

/** The name a row is shown by, and the language it is in. */
export function rowName(row: OverviewRow, lang: Lang): { value: string; lang: Lang } {
  if (row.label) return textIn(row.label, lang);
  return { value: row.areaName ?? row.area ?? row.href ?? '', lang: 'sv' };
}

/** Whether a row holds (or, not read yet, is said to hold) a kind of document. */
export function rowHolds(row: OverviewRow, kind: SourceKind): boolean {
  return row.summary ? row.summary.kinds.includes(kind) : row.expected.includes(kind);
}
