export {
  type AreaCodeMapper,
  DEFAULT_PRELIMINARY_SYMBOLS,
  DEFAULT_SUPPRESSION_SYMBOLS,
  normaliseAreaCode,
  normalisePeriod,
  sexFromCode,
} from './common.js';
export * from './csv.js';
export * from './jsonstat.js';
export * from './kolada.js';
export * from './merge.js';
export type { FormatIssueCode } from './messages.js';
export * from './pxweb.js';
// The request machinery (retries, rate limits) is the fetchers' own; its types describe their options.
export type { FetchLike, FetchResponse, RateLimit, RequestPolicy } from './request.js';
