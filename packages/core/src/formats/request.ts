/**
 * Asking a statistics API for JSON the way a good client does: at most as often as the API allows, again after an
 * answer that may pass on a second try (no connection, 429 Too Many Requests, a 5xx, a body cut off before its
 * end), after the wait the API asks for (`Retry-After`) or a growing one. `fetch`, the clock and the wait are
 * parameters, so tests replay recorded answers without waiting and without the network.
 */

/** The part of a `fetch` response that the importers use; the global `fetch`'s response fits. */
export interface FetchResponse {
  ok: boolean;
  status: number;
  headers?: { get(name: string): string | null };
  json(): Promise<unknown>;
}

/** The part of `fetch` that the importers use; the global `fetch` fits, and so does a test's fake. */
export type FetchLike = (
  url: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string },
) => Promise<FetchResponse>;

/** How often an API may be asked: `calls` requests in any `windowMs` milliseconds. */
export interface RateLimit {
  calls: number;
  windowMs: number;
}

export interface RequestPolicy {
  fetch: FetchLike;
  /** How many times to ask again after an answer that may pass (default 2). */
  retries?: number;
  /** Waits the given milliseconds (default: a timer). */
  sleep?: (ms: number) => Promise<void>;
  /** The clock in milliseconds (default `Date.now`). */
  now?: () => number;
  /** The longest wait between tries, whatever `Retry-After` says (default 60 000 ms). */
  maxWaitMs?: number;
}

/** Why a request gave no JSON. */
export type RequestFailure =
  | { kind: 'network'; detail: string; attempts: number }
  | { kind: 'timeout'; attempts: number }
  | { kind: 'status'; status: number; attempts: number }
  | { kind: 'json'; attempts: number };

export type RequestOutcome = { ok: true; json: unknown } | ({ ok: false } & RequestFailure);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether `error` is what a fetch throws when its signal timed out or was aborted. */
function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

/** Statuses worth a second try: too many requests, and a server or gateway that failed for now. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

/** `Retry-After` as milliseconds: seconds (`120`) or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Keeps requests within a rate limit: before a request, waits until fewer than `calls` requests were sent in the
 * last `windowMs`. One waiting step per request, so a clock that a test holds still never makes it spin.
 */
export class RateLimiter {
  private readonly sent: number[] = [];

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = defaultSleep,
  ) {}

  /** Resolves when one more request may be sent, and counts it. */
  async take(): Promise<void> {
    const calls = Math.max(1, Math.floor(this.limit.calls));
    if (this.sent.length >= calls) {
      const oldest = this.sent.shift() as number;
      const wait = oldest + this.limit.windowMs - this.now();
      if (wait > 0) await this.sleep(wait);
    }
    this.sent.push(this.now());
  }
}

/**
 * Asks for JSON, within the limiter's rate and with retries for what may pass. Never throws: a request that
 * gives no JSON after its tries says why.
 */
export async function requestJson(
  url: string,
  init: Parameters<FetchLike>[1],
  policy: RequestPolicy,
  limiter?: RateLimiter,
): Promise<RequestOutcome> {
  const retries = Math.max(0, Math.floor(policy.retries ?? 2));
  const sleep = policy.sleep ?? defaultSleep;
  const now = policy.now ?? Date.now;
  const maxWait = policy.maxWaitMs ?? 60_000;
  let failure: RequestFailure = { kind: 'network', detail: '', attempts: 0 };
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    // 1 s, 2 s, 4 s … unless the server says how long.
    let wait = 1000 * 2 ** (attempt - 1);
    await limiter?.take();
    try {
      const response = await policy.fetch(url, init);
      if (!response.ok) {
        failure = { kind: 'status', status: response.status, attempts: attempt };
        if (!isRetryableStatus(response.status)) return { ok: false, ...failure };
        wait = retryAfterMs(response.headers?.get('retry-after'), now()) ?? wait;
      } else {
        try {
          return { ok: true, json: await response.json() };
        } catch {
          // A body cut off on the way reads as broken JSON; the next try may get all of it.
          failure = { kind: 'json', attempts: attempt };
        }
      }
    } catch (error) {
      // A signal that gave up waiting (AbortSignal.timeout) is told apart, so the message can say so in words of
      // its own instead of the runtime's English text.
      failure = isTimeout(error)
        ? { kind: 'timeout', attempts: attempt }
        : {
            kind: 'network',
            detail: error instanceof Error ? error.message : String(error),
            attempts: attempt,
          };
    }
    if (attempt <= retries) await sleep(Math.min(wait, maxWait));
  }
  return { ok: false, ...failure };
}
