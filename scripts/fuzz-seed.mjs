// The seed every fast-check property of the tree starts from, so that a property that fails on CI fails the same
// way on a laptop. Fixed by default; `FC_SEED=<integer> pnpm test` tries other cases. Each package's vitest config
// hands it to the tests (`provide`), and its setup file gives it to fast-check, whose report of a failure names the
// seed and the path that replay the failing case.
const DEFAULT_SEED = 20_261_205;

const given = process.env.FC_SEED;
export const fuzzSeed = given === undefined || given === '' ? DEFAULT_SEED : Number(given);
if (!Number.isSafeInteger(fuzzSeed)) throw new Error(`FC_SEED must be an integer, not "${given}"`);
