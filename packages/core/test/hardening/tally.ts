// Runs fast-check properties and keeps count of what each tried, so a suite can print what held.
import fc from 'fast-check';

interface Line {
  name: string;
  runs: number;
  failed: boolean;
  ms: number;
}

const lines: Line[] = [];

const builtins = { Object, Array, Function, String, Number, Boolean, Map, Set, Date, RegExp };
const described = (proto: object) =>
  Reflect.ownKeys(proto)
    .map((key) => {
      const d = Object.getOwnPropertyDescriptor(proto, key)!;
      return `${String(key)}:${typeof d.value}:${typeof d.get}`;
    })
    .join(', ');
const pristine = Object.fromEntries(
  Object.entries(builtins).map(([name, c]) => [name, described(c.prototype)]),
);
const prototypeOf = Object.fromEntries(Object.entries(builtins).map(([name, c]) => [name, c.prototype]));

/** Which built-in prototype (if any) a case changed: prototype pollution, by core or by the data it read. */
function pollution(): string | undefined {
  for (const [name, c] of Object.entries(builtins)) {
    if (c.prototype !== prototypeOf[name]) return `${name}.prototype was replaced`;
    const now = described(c.prototype);
    if (now !== pristine[name]) {
      const before = new Set(pristine[name]!.split(', '));
      const changed = now.split(', ').filter((member) => !before.has(member));
      return `${name}.prototype has new or changed members: ${changed.join(', ')}`;
    }
  }
  return undefined;
}
const count = new Intl.NumberFormat('sv-SE');

/**
 * Checks a property `numRuns` times (fewer only when it fails) and records how many cases ran. Fails the calling
 * test with fast-check's report, counterexample and seed included, when the property does not hold.
 */
export function holds<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => void,
  numRuns: number,
): void {
  const started = performance.now();
  const details = fc.check(
    fc.property(arbitrary, (value) => {
      predicate(value);
      const polluted = pollution();
      if (polluted) throw new Error(`a built-in prototype was changed: ${polluted}`);
    }),
    { numRuns },
  );
  const failed = details.failed;
  lines.push({ name, runs: details.numRuns, failed, ms: performance.now() - started });
  if (failed) {
    const error = details.errorInstance;
    const cause =
      error instanceof Error
        ? (error.stack ?? error.message).split('\n').slice(0, 6).join('\n')
        : String(error);
    // Huge generated strings make fast-check's report enormous; the seed and path replay the case exactly.
    const report = fc.defaultReportMessage(details) ?? '';
    throw new Error(`${name}: ${cause.slice(0, 2000)}\n${report.slice(0, 2000)}`);
  }
}

/** Records a check that is not random (e.g. every real dataset once) as cases run. */
export function held(name: string, runs: number, check: () => void): void {
  const started = performance.now();
  let failed = true;
  try {
    check();
    failed = false;
  } finally {
    lines.push({ name, runs, failed, ms: performance.now() - started });
  }
}

/** One line per property, then the total, e.g. `fuzz: 12 properties, 24 000 cases, 0 failures`. */
export function tallyReport(label: string): string {
  const width = Math.max(...lines.map((line) => line.name.length), 0);
  const body = lines.map(
    (line) =>
      `  ${line.failed ? '✗' : '✓'} ${line.name.padEnd(width)}  ${count.format(line.runs).padStart(7)} cases  ${count.format(Math.round(line.ms)).padStart(6)} ms`,
  );
  const cases = lines.reduce((sum, line) => sum + line.runs, 0);
  const failures = lines.filter((line) => line.failed).length;
  const total = `${label}: ${count.format(lines.length)} properties, ${count.format(cases)} cases, ${count.format(failures)} failures`;
  return [...body, total].join('\n');
}
