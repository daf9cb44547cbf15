import type { Issue, IssuePath, MessageParams, Result, Severity } from '../issues/issue.js';
import type { Area } from '../model/area.js';
import { parentAreaCode } from '../model/area-codes.js';
import type { Manifest, ManifestSource } from '../model/manifest.js';
import { classifyUrl } from '../url/safe-url.js';
import { isRecord } from '../util/is-record.js';
import { areaSet } from './context.js';
import { manifestIssue, type ValidationIssueCode } from './messages.js';
import { checkShape } from './shape-check.js';
import { describeStructureIssues, showValue } from './structure-issues.js';

/** How to read a manifest. */
export interface ValidateManifestOptions {
  /**
   * The manifest's own address (`https://region.se/dhol/lan-19.json`, or a `file:` URL for a manifest on disk).
   * Relative source addresses resolve against it; without it they are kept as written.
   */
  url?: string;
  /** The known areas; when given, area codes are checked against them (`00`, the whole country, always passes). */
  areas?: readonly Area[];
}

/** A manifest without its list of sources: what an overview shows above them. */
export type ManifestHeader = Omit<Manifest, 'sources'>;

/** One entry of a manifest's `sources`, checked and with its address resolved. */
export interface ResolvedSource {
  /** The entry's position in `sources`. */
  index: number;
  /** The entry as written, or undefined when it does not have the structure of a source. */
  source?: ManifestSource;
  /** The address to fetch, resolved against the manifest's address; undefined when the source must not be fetched. */
  href?: string;
  /** Errors and warnings about this entry (their paths start with `['sources', index]`). */
  issues: Issue[];
}

/** A manifest read entry by entry, so that one bad source does not hide the others. */
export interface ManifestReading {
  /** True when no issue is an error. */
  ok: boolean;
  /** Title, area and the rest, when the manifest apart from its sources is sound; else the manifest is unusable. */
  header?: ManifestHeader;
  /** Every entry of `sources`, in order (none when there is no header). */
  sources: ResolvedSource[];
  /** Every issue: the manifest's own and each source's. */
  issues: Issue[];
}

/**
 * Validates a manifest: its structure, every source's address (only `https:`, `http:` with a warning, or an address
 * relative to the manifest), duplicate files and ids, and area codes. `ok` is true when no issue is an error; `value`
 * is then the manifest itself. Never throws. To load what can be loaded from a manifest with some bad entries, use
 * {@link readManifest}.
 */
export function validateManifest(input: unknown, options?: ValidateManifestOptions): Result<Manifest> {
  const reading = readManifest(input, options);
  return reading.ok
    ? { ok: true, value: input as Manifest, issues: reading.issues }
    : { ok: false, issues: reading.issues };
}

/**
 * Reads a manifest entry by entry: the header (title, area …) when it is sound, and each source with its resolved
 * address or the reasons it cannot be fetched. An overview shows a bad entry in its own row and loads the rest.
 * Never throws.
 */
export function readManifest(input: unknown, options?: ValidateManifestOptions): ManifestReading {
  try {
    return read(input, options);
  } catch {
    const issues = [manifestIssue('error', 'internal.error', [])];
    return { ok: false, sources: [], issues };
  }
}

function read(input: unknown, options: ValidateManifestOptions | undefined): ManifestReading {
  let structure: ReturnType<typeof checkShape<Manifest>>;
  try {
    structure = checkShape<Manifest>('manifest', input);
  } catch {
    return { ok: false, sources: [], issues: [manifestIssue('error', 'input.unreadable', [])] };
  }
  const structureIssues = structure.success ? [] : describeStructureIssues(structure.issues);
  // Issues inside one source belong to its row; any other makes the manifest itself unusable.
  const own: Issue[] = [];
  const bySource = new Map<number, Issue[]>();
  for (const issue of structureIssues) {
    const [head, index] = issue.path;
    if (head === 'sources' && typeof index === 'number') {
      const list = bySource.get(index) ?? [];
      list.push(issue);
      bySource.set(index, list);
    } else own.push(issue);
  }
  if (own.length > 0 || !isRecord(input)) {
    return { ok: false, sources: [], issues: structureIssues };
  }
  const { sources: rawSources, ...header } = input as Manifest;
  const areas = areaSet(options?.areas);
  if (areas && !areas.has(header.area)) {
    own.push(manifestIssue('error', 'reference.area.unknown', ['area'], { id: header.area }));
  }
  const base = readBase(options?.url);
  const hrefs = new Map<string, number>();
  const ids = new Map<string, number>();
  const sources = rawSources.map((raw, index): ResolvedSource => {
    const issues = bySource.get(index) ?? [];
    if (issues.length > 0) return { index, issues };
    const source = raw;
    const add = (severity: Severity, code: ValidationIssueCode, path: IssuePath, params: MessageParams) =>
      issues.push(manifestIssue(severity, code, ['sources', index, ...path], { index, ...params }));
    let href = resolveHref(source.url, base, (severity, code) =>
      add(severity, code, ['url'], { value: showValue(source.url) }),
    );
    if (href !== undefined) {
      const first = hrefs.get(href);
      if (first === undefined) hrefs.set(href, index);
      else {
        add('error', 'manifest.source.duplicate', ['url'], {
          value: showValue(source.url),
          first: first + 1,
        });
        href = undefined;
      }
    }
    if (source.id !== undefined) {
      const first = ids.get(source.id);
      if (first === undefined) ids.set(source.id, index);
      else add('error', 'manifest.source.duplicate-id', ['id'], { id: source.id, first: first + 1 });
    }
    if (source.area === undefined && source.organisation === undefined) {
      add('error', 'manifest.source.owner-missing', [], { value: showValue(source.url) });
    }
    if (source.area !== undefined) {
      if (areas && !areas.has(source.area)) {
        issues.push(
          manifestIssue('error', 'reference.area.unknown', ['sources', index, 'area'], { id: source.area }),
        );
      } else if (!liesWithin(source.area, header.area)) {
        add('warning', 'manifest.source.area-outside', ['area'], { area: source.area, scope: header.area });
      }
    }
    const site = source.organisation?.url;
    if (site !== undefined) {
      const cls = classifyUrl(site);
      if (cls !== 'https') {
        issues.push(
          manifestIssue(
            cls === 'http' ? 'warning' : 'error',
            cls === 'http' ? 'url.http' : 'url.unsafe',
            ['sources', index, 'organisation', 'url'],
            { value: showValue(site) },
          ),
        );
      }
    }
    const usable = issues.every((issue) => issue.severity !== 'error');
    return { index, source, ...(usable && href !== undefined ? { href } : {}), issues };
  });
  const issues = [...own, ...sources.flatMap((source) => source.issues)];
  return {
    ok: issues.every((issue) => issue.severity !== 'error'),
    header: header as ManifestHeader,
    sources,
    issues,
  };
}

/** Whether `area` is `scope` or lies inside it (a kommun in its län, anything in the country). */
function liesWithin(area: string, scope: string): boolean {
  for (let code: string | undefined = area; code !== undefined; code = parentAreaCode(code)) {
    if (code === scope) return true;
  }
  return false;
}

/** The manifest's address, when it is one that relative addresses can resolve against. */
function readBase(url: string | undefined): URL | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const base = new URL(url);
    return ['https:', 'http:', 'file:'].includes(base.protocol) ? base : undefined;
  } catch {
    return undefined;
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * A source's address to fetch. An address with a scheme follows core's rule for links (`https:`; `http:` with a
 * warning; nothing else). A relative address resolves against the manifest's, so a county's files may sit beside
 * its manifest, on a web server or on disk; without the manifest's address it is kept as written.
 */
function resolveHref(
  url: string,
  base: URL | undefined,
  report: (severity: Severity, code: ValidationIssueCode) => void,
): string | undefined {
  const trimmed = url.trim();
  const unsafe = () => {
    report('error', 'manifest.source.url-unsafe');
    return undefined;
  };
  if (trimmed === '' || CONTROL.test(trimmed) || trimmed.includes('\\')) return unsafe();
  if (SCHEME.test(trimmed)) {
    const cls = classifyUrl(trimmed);
    if (cls === 'unsafe') return unsafe();
    if (cls === 'http') report('warning', 'url.http');
    return new URL(trimmed).href;
  }
  if (!base) return trimmed;
  let resolved: URL;
  try {
    resolved = new URL(trimmed, base);
  } catch {
    return unsafe();
  }
  // `//host/path` takes the manifest's scheme but another host: the same rules as a full address then apply.
  if (resolved.username !== '' || resolved.password !== '') return unsafe();
  return resolved.href;
}
