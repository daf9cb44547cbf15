import packageJson from '../package.json' with { type: 'json' };

/** The version of this package, printed by `dhol --version` and written into static HTML. */
export const VERSION: string = packageJson.version;
