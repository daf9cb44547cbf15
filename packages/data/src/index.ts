/**
 * @dhol/data: reference data for Det handlar om livet (the national strategy for mental health and suicide
 * prevention 2025–2034) as validated JSON: the national framework with provenance for every text, Sweden's län
 * and kommuner, two example datasets taken from real documents and one invented example of follow-up.
 */
import type { Dataset, Framework } from '@dhol/core';
// The framework file is imported twice, whole and by its `frameworks` property, so that a bundle holding only
// `nationalFramework` (the script-tag elements) leaves out the dataset's own title, description and source, about
// 1.4 KB. Both imports go without `with { type: 'json' }`: a bundler refuses named imports from a JSON module,
// and two imports with different attributes would bundle the file twice. The package is only consumed bundled.
import frameworkJson, { frameworks as nationalFrameworks } from '../datasets/det-handlar-om-livet-2025.json';
import followUpJson from '../datasets/exempel-uppfoljning.json' with { type: 'json' };
import sormlandJson from '../datasets/sormland-handlingsplan-2026.json' with { type: 'json' };
import surahammarJson from '../datasets/surahammar-handslag.json' with { type: 'json' };

export { areaByCode, areas, REGION_NAMES, regionNameForLan, SWEDEN } from './areas.js';

/** The dataset that holds the national framework, as published in `datasets/det-handlar-om-livet-2025.json`. */
export const nationalFrameworkDataset = frameworkJson as Dataset;

/**
 * Det handlar om livet (Skr. 2024/25:77), version 2025: vision, four overarching goals (`mal-1`…`mal-4`), seven
 * delmål (`delmal-1`…`delmal-7`) and the priorities known so far. Every text says its source and whether the
 * wording is verified, a translation or unverified.
 */
export const nationalFramework: Framework = (nationalFrameworks as Framework[])[0]!;

/**
 * Sörmland's county-wide handlingsplan (decided by NSV on 2026-04-17, NSV26-0035-1): the whole document, with
 * every activity linked to each delmål it is listed under.
 */
export const sormlandHandlingsplan2026 = sormlandJson as Dataset;

/** The handslag between Surahammars kommun and Region Västmanland, with the 2023 baseline figures. */
export const surahammarHandslag = surahammarJson as Dataset;

/**
 * An invented example of follow-up (uppföljning), marked `fictional`: two versions of a plan with progress notes and
 * a done revision, and a handslag with its status, signed decision steps and check-ins. The source documents hold no
 * progress, so none of this is taken from them; its organisations, people and events do not exist.
 */
export const followUpExample = followUpJson as Dataset;

/** The example datasets by file name (without `.json`), as published under `datasets/`. */
export const exampleDatasets: Readonly<
  Record<'sormland-handlingsplan-2026' | 'surahammar-handslag' | 'exempel-uppfoljning', Dataset>
> = {
  'sormland-handlingsplan-2026': sormlandHandlingsplan2026,
  'surahammar-handslag': surahammarHandslag,
  'exempel-uppfoljning': followUpExample,
};
