import { describe, expect, test } from 'vitest';
import { createNodeIo } from '../src/io.js';
import { commands, main, VERSION } from '../src/main.js';
import { dhol } from './run.js';

describe('dhol --help and --version', () => {
  test('--help lists the commands in Swedish by default', async () => {
    const run = await dhol(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Användning: dhol <kommando> [flaggor]');
    expect(run.stdout).toMatch(/^ {2}schema +skriv ut JSON Schema/m);
    expect(run.stderr).toBe('');
  });

  test('--help --lang en lists the commands in English', async () => {
    const run = await dhol(['--help', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: dhol <command> [options]');
    expect(run.stdout).toMatch(/^ {2}schema +print the JSON Schema/m);
  });

  test('--lang may come before --help and use the = form', async () => {
    const run = await dhol(['--lang=en', '-h']);
    expect(run.stdout).toContain('Usage: dhol');
  });

  test('--version prints the package version and nothing else', async () => {
    const run = await dhol(['--version']);
    expect(run).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('a command’s --help shows its own usage', async () => {
    const run = await dhol(['schema', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Användning: dhol schema');
  });

  test('a command’s --help speaks English with --lang en before the command', async () => {
    const run = await dhol(['--lang', 'en', 'schema', '--help']);
    expect(run.stdout).toContain('Usage: dhol schema');
  });
});

describe('wrong usage', () => {
  test('no command at all prints the help on stderr and exits with 2', async () => {
    const run = await dhol([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Användning: dhol');
  });

  test('an unknown command is named in one line and exits with 2', async () => {
    const run = await dhol(['publish']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'dhol: okänt kommando "publish"; se dhol --help\n' });
  });

  test('an unknown command is reported in English with --lang en', async () => {
    const run = await dhol(['publish', '--lang', 'en']);
    expect(run.stderr).toBe('dhol: unknown command "publish"; see dhol --help\n');
  });

  test('an unknown option of a command is named in Swedish', async () => {
    const run = await dhol(['schema', '--pretty']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'dhol: okänd flagga: --pretty\n' });
  });

  test('an option that needs a value says so', async () => {
    const run = await dhol(['schema', '--out', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('dhol: option --out needs a value\n');
  });

  test('an option named with its short form is named as people type it in full', async () => {
    const run = await dhol(['validate', 'valid-small.json', '--quiet=yes', '--lang', 'en']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'dhol: option --quiet takes no value\n' });
  });

  test('a missing value names the flag as typed, with its dashes', async () => {
    const run = await dhol(['import', 'jsonstat', 'cube.jsonstat.json', '--select']);
    expect(run.stderr).toBe('dhol: flaggan --select behöver ett värde\n');
  });

  test('an unsupported language is refused in both languages', async () => {
    const run = await dhol(['--help', '--lang', 'de']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('dhol: --lang tar värdet sv eller en, inte "de" (--lang takes sv or en)\n');
  });

  test('render without an element and a dataset is a usage error', async () => {
    const run = await dhol(['render']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ange ett element och ett dataset: dhol render');
  });
});

describe('every command explains itself', () => {
  test.each(commands.map((command) => command.name))(
    'dhol %s --help has a Swedish usage line',
    async (name) => {
      const run = await dhol([name, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Användning: dhol ${name}`));
      expect(run.stdout).toMatch(/--lang <sv\|en> +språk/);
    },
  );

  test.each(commands.map((command) => command.name))(
    'dhol %s --help --lang en has an English usage line',
    async (name) => {
      const run = await dhol([name, '--help', '--lang', 'en']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: dhol ${name}`));
      expect(run.stdout).toMatch(/--lang <sv\|en> +language/);
    },
  );

  test('the overview lists every command', async () => {
    const run = await dhol(['--help']);
    for (const command of commands) expect(run.stdout).toContain(`  ${command.name} `);
  });
});

test('an unexpected failure is one line, not a stack trace, with exit code 70', async () => {
  let stderr = '';
  const io = createNodeIo({
    stdout: () => {
      throw new Error('disk full');
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  expect(await main(['--version'], io)).toBe(70);
  expect(stderr).toBe('dhol: internt fel (disk full); rapportera gärna det till projektet\n');
});
