import { datasetJsonSchema } from '@dhol/core';
import { CliError, commonOptions, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { writeOutput } from '../files.js';

export const schemaCommand: Command = {
  name: 'schema',
  summary: {
    sv: 'skriv ut JSON Schema för datasetformatet',
    en: 'print the JSON Schema of the dataset format',
  },
  help: {
    sv: [
      'Användning: dhol schema [--out <fil>] [--force]',
      '',
      'Skriver ut JSON Schema för datasetformatet, för editorer och andra verktyg.',
      '',
      'Flaggor:',
      '  --out <fil>      skriv till en fil i stället för till standard ut',
      '  --force          skriv över filen om den redan finns',
      '  --lang <sv|en>   språk för meddelanden (standard: sv)',
      '',
    ].join('\n'),
    en: [
      'Usage: dhol schema [--out <file>] [--force]',
      '',
      'Prints the JSON Schema of the dataset format, for editors and other tools.',
      '',
      'Options:',
      '  --out <file>     write to a file instead of standard output',
      '  --force          overwrite the file if it exists',
      '  --lang <sv|en>   language of messages (default: sv)',
      '',
    ].join('\n'),
  },
  async run(argv, { io, lang }) {
    const { values, positionals } = parseCommandArgs(argv, {
      ...commonOptions,
      out: { type: 'string' },
      force: { type: 'boolean' },
    });
    if (values.help) {
      io.stdout(this.help[lang]);
      return 0;
    }
    if (positionals.length > 0) {
      throw new CliError({
        sv: `dhol schema tar inga filnamn (fick "${positionals[0]}"); använd --out <fil>`,
        en: `dhol schema takes no file names (got "${positionals[0]}"); use --out <file>`,
      });
    }
    const schema = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
    if (values.out === undefined) io.stdout(schema);
    else await writeOutput(io, values.out, schema, { force: values.force === true, inputs: [] });
    return 0;
  },
};
