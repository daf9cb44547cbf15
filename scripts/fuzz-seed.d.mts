export declare const fuzzSeed: number;
