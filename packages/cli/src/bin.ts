#!/usr/bin/env node
import { createNodeIo } from './io.js';
import { main } from './main.js';

// A reader that closes the pipe early (`dhol schema | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2), createNodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 70;
  },
);
