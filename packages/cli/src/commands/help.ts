import type { Command } from '../command.js';
import type { Lang } from '../i18n.js';

const intro: Record<Lang, string> = {
  sv: 'dhol – verktyg för att publicera arbetet med Det handlar om livet, den nationella strategin inom området psykisk hälsa och suicidprevention',
  en: 'dhol – tools to publish the work on Det handlar om livet, the Swedish national strategy for mental health and suicide prevention',
};

/** The overview printed by `dhol --help`. */
export function generalHelp(lang: Lang, commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 2;
  const rows = commands.map((command) => `  ${command.name.padEnd(width)}${command.summary[lang]}`);
  if (lang === 'sv') {
    return [
      intro.sv,
      '',
      'Användning: dhol <kommando> [flaggor]',
      '',
      'Kommandon:',
      ...rows,
      '',
      'Flaggor:',
      '  --lang <sv|en>   språk för texter och meddelanden (standard: sv)',
      '  -h, --help       visa hjälp; dhol <kommando> --help visar ett kommandos hjälp',
      '  -v, --version    visa versionen',
      '',
      'Slutkoder: 0 klart, 1 ogiltigt innehåll, 2 felaktigt anrop eller en fil som inte kan läsas.',
      '',
    ].join('\n');
  }
  return [
    intro.en,
    '',
    'Usage: dhol <command> [options]',
    '',
    'Commands:',
    ...rows,
    '',
    'Options:',
    '  --lang <sv|en>   language of texts and messages (default: sv)',
    '  -h, --help       show help; dhol <command> --help shows a command’s help',
    '  -v, --version    show the version',
    '',
    'Exit codes: 0 done, 1 invalid content, 2 wrong usage or a file that cannot be read.',
    '',
  ].join('\n');
}
