// Where the time of one overview page goes, from a Chromium performance trace with its CPU profile: the main thread's
// time from setting `src` to `dhol-load`, split by what it was doing (reading the files, validating, summarising,
// drawing, laying out and painting, garbage collection, waiting), its tasks and the gaps between them, and the
// sources' requests (how many were on their way at once, how long each took). overview.mjs prints it with
// BENCH_PROFILE_OVERVIEW=1. On a busy machine the wall times swell; the shares and the CPU times much less.

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.gc',
].join(',');

/**
 * The buckets of script time, by the innermost function of a sample's stack that names one (the readable build keeps
 * the names). What matches none inside an element's update is the update's own drawing (Lit).
 */
const SCRIPT_BUCKETS = [
  [/^(loadJson|fetchOnce|text|parse)$/, 'read: fetch, text, JSON.parse'],
  [/^(validateDataset|validateShared|validateForDisplay)$/, 'validate'],
  [/^summariseSource$/, 'summarise'],
  [/^(sumSummaries|sortRows)$/, 'sum and sort the rows'],
  [/^rollUp$/, 'rollUp (the bench, after dhol-load)'],
  [/^(readManifest|startingRows)$/, 'read the manifest'],
  [/^markScrolling$/, 'layout forced by the scroll check'],
  [/^(performUpdate|update|render|firstUpdated|updated|willUpdate)$/, 'draw: Lit update'],
];

/** Trace events that, around a sample outside script, say what the thread was doing. */
const NATIVE_BUCKETS = new Map([
  ['Layout', 'layout'],
  ['UpdateLayoutTree', 'style'],
  ['Paint', 'paint'],
  ['PrePaint', 'paint'],
  ['Layerize', 'paint'],
  ['MinorGC', 'garbage collection'],
  ['MajorGC', 'garbage collection'],
  ['V8.GC_SCAVENGER', 'garbage collection'],
  ['V8.GC_MARK_COMPACTOR', 'garbage collection'],
  ['ResourceReceivedData', 'read: fetch, text, JSON.parse'],
]);

function mainThread(events) {
  const mark = events.find((e) => e.name === 'overview-start');
  if (!mark) throw new Error('no overview-start mark in the trace');
  return { pid: mark.pid, tid: mark.tid };
}

/** The CPU profile's samples on the main thread, each with its stack's function names (innermost first). */
function samplesOf(events, { pid, tid }) {
  const nodes = new Map();
  const samples = [];
  const start = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  let time = start?.args.data.startTime ?? 0;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== start?.id) continue;
    const data = e.args.data.cpuProfile ?? {};
    for (const node of data.nodes ?? []) nodes.set(node.id, node);
    const deltas = e.args.data.timeDeltas ?? [];
    (data.samples ?? []).forEach((id, i) => {
      time += deltas[i] ?? 0;
      samples.push({ time, id });
    });
  }
  const stack = (id) => {
    const names = [];
    for (let node = nodes.get(id); node; node = nodes.get(node.parent))
      names.push(node.callFrame?.functionName ?? '');
    return names;
  };
  return samples.map((s) => ({ time: s.time, stack: stack(s.id) }));
}

const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);

/** What the thread was doing at a sample: a script bucket, a native one from the trace, idle, or other. */
function classify(sample, nativeAt) {
  const [leaf] = sample.stack;
  if (leaf === '(garbage collector)') return 'garbage collection';
  for (const name of sample.stack) {
    for (const [pattern, bucket] of SCRIPT_BUCKETS) if (pattern.test(name)) return bucket;
  }
  // Before idle: V8 may call the thread idle while the browser lays out or paints, outside script.
  const native = nativeAt(sample.time);
  if (native) return native;
  if (leaf === '(idle)') return 'idle (waiting)';
  return leaf === '(program)' || leaf === '(root)' ? 'other (browser, outside script)' : 'other script';
}

/**
 * The breakdown of the time from the `overview-start` mark to the `overview-load` mark (µs in the trace; ms out).
 * @param {any[]} events the trace's events
 */
export function breakdown(events) {
  const thread = mainThread(events);
  const onMain = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const markAt = (name) => events.find((e) => e.name === name)?.ts;
  const t0 = markAt('overview-start');
  const end = markAt('overview-load');
  const first = markAt('overview-first');
  const inside = (e) => e.ts >= t0 && e.ts < end;

  // Native work by its trace event: the innermost enclosing event of a bucket's kind.
  const native = onMain
    .filter((e) => e.ph === 'X' && NATIVE_BUCKETS.has(e.name) && inside(e))
    .sort((a, b) => a.ts - b.ts);
  const nativeAt = (time) => {
    let found;
    for (const e of native) {
      if (e.ts > time) break;
      if (e.ts + e.dur > time) found = e;
    }
    return found && NATIVE_BUCKETS.get(found.name);
  };

  const samples = samplesOf(events, thread).filter((s) => s.time >= t0 && s.time < end);
  const buckets = new Map();
  samples.forEach((sample, i) => {
    const dt = (samples[i + 1]?.time ?? end) - sample.time;
    add(buckets, classify(sample, nativeAt), dt);
  });

  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask' && inside(e));
  const busy = tasks.reduce((sum, t) => sum + t.dur, 0);
  const cpu = tasks.reduce((sum, t) => sum + (t.tdur ?? 0), 0);
  const long = tasks.filter((t) => t.dur > 50_000);

  // The sources' requests: sent, and finished (the body arrived), on the renderer's main thread.
  const sent = new Map();
  const finished = new Map();
  for (const e of onMain) {
    const data = e.args?.data;
    if (!data?.requestId) continue;
    if (e.name === 'ResourceSendRequest' && /\/riket\/.+\.json$/.test(data.url ?? ''))
      sent.set(data.requestId, e.ts);
    if (e.name === 'ResourceFinish') finished.set(data.requestId, e.ts);
  }
  const requests = [...sent]
    .filter(([id]) => finished.has(id))
    .map(([id, at]) => ({ at, until: finished.get(id) }))
    .filter((r) => r.at >= t0 && r.at < end);
  const requestTime = requests.reduce((sum, r) => sum + r.until - r.at, 0);
  const lastAnswer = Math.max(...requests.map((r) => r.until));
  const byLatency = requests.map((r) => r.until - r.at).sort((a, b) => a - b);

  const ms = (us) => Math.round(us / 100) / 10;
  return {
    span: ms(end - t0),
    firstRows: first === undefined ? undefined : ms(first - t0),
    tasks: {
      count: tasks.length,
      busy: ms(busy),
      cpu: ms(cpu),
      idle: ms(end - t0 - busy),
      over50: long.length,
    },
    longest: ms(Math.max(...tasks.map((t) => t.dur))),
    byWhat: Object.fromEntries([...buckets].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, ms(v)])),
    requests: {
      count: requests.length,
      // How many were on their way at once, on average, between the first sent and the last answered.
      concurrency: Math.round((requestTime / (lastAnswer - requests[0]?.at || 1)) * 10) / 10,
      medianMs: ms(byLatency[Math.floor(byLatency.length / 2)] ?? 0),
      lastAnswered: ms(lastAnswer - t0),
    },
  };
}

/** The breakdown as lines of text. */
export function printBreakdown(b) {
  const lines = [
    `From src to dhol-load: ${b.span} ms (first rows at ${b.firstRows} ms); main thread: ${b.tasks.count} tasks, ` +
      `${b.tasks.busy} ms busy (${b.tasks.cpu} ms CPU), ${b.tasks.idle} ms between tasks; ${b.tasks.over50} tasks over 50 ms, the longest ${b.longest} ms`,
    `Sources: ${b.requests.count} requests, ${b.requests.concurrency} on their way at once on average, ` +
      `${b.requests.medianMs} ms each (median), the last answered at ${b.requests.lastAnswered} ms`,
    'The main thread by what it did (CPU profile samples, wall ms):',
  ];
  for (const [what, ms] of Object.entries(b.byWhat))
    lines.push(`${ms.toFixed(1).padStart(8)}  ${((ms / b.span) * 100).toFixed(0).padStart(3)} %  ${what}`);
  return lines.join('\n');
}
