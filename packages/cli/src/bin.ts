#!/usr/bin/env node
import { createNodeIo } from './io.js';
import { main } from './main.js';

// A reader that closes the pipe early (`dhol schema | head`) is not an error.
// Any other failure to write is one line, never a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`dhol: ${error.code ?? error.message}\n`);
  process.exit(70);
});

main(process.argv.slice(2), createNodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 70;
  },
);
