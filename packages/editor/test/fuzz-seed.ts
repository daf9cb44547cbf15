// Every fast-check property runs from the seed in scripts/fuzz-seed.mjs (FC_SEED overrides it), so a failure on CI
// replays here with the same cases.
import fc from 'fast-check';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    fcSeed: number;
  }
}

fc.configureGlobal({ seed: inject('fcSeed') });
