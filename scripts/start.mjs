// `pnpm start`: serves the built demo (apps/demo/dist) on a local port, 4173 or the first free one after it, with
// the demo's Content Security Policy, until Ctrl+C. The root `start` script installs and builds before this runs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../apps/demo/scripts/serve.mjs';

const dist = join('apps', 'demo', 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('Demon är inte byggd: kör pnpm --filter demo... build (eller pnpm start, som bygger först).');
  process.exit(1);
}

// biome-ignore lint/suspicious/noUndeclaredEnvVars: this runs after turbo, outside any cached task.
const wanted = Number(process.env.PORT ?? 4173);
const { server, url } = await serve({
  dir: dist,
  port: Number.isInteger(wanted) && wanted > 0 ? wanted : 4173,
});

console.log(`
dhol demo körs på ${url}

  ${url}             start
  ${url}surahammar/  exempel: kommun (Surahammars handslag)
  ${url}sormland/    exempel: region (Sörmlands handlingsplan)
  ${url}builder/     bygg din kodsnutt
  ${url}webbteam/    guide för webbteam

Avsluta med Ctrl+C.`);

const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
