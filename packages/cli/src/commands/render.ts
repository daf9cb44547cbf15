import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { type Dataset, isPartialDate } from '@dhol/core';
import { CliError, commonOptions, parseCommandArgs } from '../args.js';
import { type Command, printLine } from '../command.js';
import { readInput, writeOutput } from '../files.js';
import type { Lang } from '../i18n.js';
import {
  isRenderableElement,
  RENDERABLE_ELEMENTS,
  type RenderableElement,
  renderElement,
  SUPPORT_NOTICE_ELEMENTS,
} from '../render/ssr.js';
import { isAbsoluteAddress, staticHtml } from '../render/static.js';
import { VERSION } from '../version.js';
import { formatReport, summarise, validateText } from './validate.js';

/** What each element needs in a dataset to have something to show, in words for the message when it is missing. */
const NEEDS: Record<RenderableElement, { has: (dataset: Dataset) => boolean; what: Record<Lang, string> }> = {
  plan: { has: (d) => (d.plans?.length ?? 0) > 0, what: { sv: 'ingen handlingsplan', en: 'no action plan' } },
  coverage: {
    has: (d) => (d.plans?.length ?? 0) > 0,
    what: { sv: 'ingen handlingsplan', en: 'no action plan' },
  },
  framework: {
    has: (d) => (d.plans?.length ?? 0) > 0 || (d.frameworks?.length ?? 0) > 0,
    what: { sv: 'varken plan eller ramverk', en: 'neither a plan nor a framework' },
  },
  agreement: {
    has: (d) => (d.agreements?.length ?? 0) > 0,
    what: { sv: 'inget handslag', en: 'no agreement' },
  },
  indicator: {
    has: (d) => (d.indicators?.length ?? 0) > 0,
    what: { sv: 'ingen indikator', en: 'no indicator' },
  },
  followup: {
    has: (d) => (d.plans?.length ?? 0) > 0,
    what: { sv: 'ingen handlingsplan', en: 'no action plan' },
  },
};

/** Elements whose top heading is the title of what they show: on a whole page, that heading is the h1. */
const TITLED_ELEMENTS: readonly RenderableElement[] = ['plan', 'agreement', 'indicator', 'followup'];

/** A day, month or year for `--from` and `--to`: `2026-03-16`, `2026-03` or `2026`. */
function parsePeriodDay(flag: string, value: string | undefined): string | undefined {
  if (value === undefined || isPartialDate(value)) return value;
  throw new CliError({
    sv: `--${flag} tar ett datum (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ), inte "${value}"`,
    en: `--${flag} takes a date (YYYY-MM-DD, YYYY-MM or YYYY), not "${value}"`,
  });
}

/** A URL for `src` or `script`: relative to the page, or http(s); never `javascript:` or `data:`. */
function checkUrl(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let protocol: string | undefined;
  try {
    protocol = new URL(value, 'https://page.invalid/').protocol;
  } catch {
    protocol = undefined;
  }
  if (value.trim() !== '' && (protocol === 'https:' || protocol === 'http:')) return value;
  throw new CliError({
    sv: `--${flag} tar en adress (relativ eller https), inte "${value}"`,
    en: `--${flag} takes an address (relative or https), not "${value}"`,
  });
}

function parseHeadingLevel(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^[1-6]$/.test(value)) return Number(value);
  throw new CliError({
    sv: `--heading-level tar en rubriknivå från 1 till 6, inte "${value}"`,
    en: `--heading-level takes a heading level from 1 to 6, not "${value}"`,
  });
}

/**
 * The address a page links the `--css` file by: `--css-href` when given, else the file's path from the page's
 * folder (`--out`), else its name. Never a path of the machine the page was written on.
 */
function cssAddress(cssFile: string, out: string | undefined, href: string | undefined, cwd: string): string {
  if (href !== undefined) return href;
  const file = resolve(cwd, cssFile);
  const fromPage = out === undefined ? undefined : relative(dirname(resolve(cwd, out)), file);
  const path = fromPage === undefined || fromPage === '' || isAbsolute(fromPage) ? basename(file) : fromPage;
  return path.split(sep).map(encodeURIComponent).join('/');
}

const ID_WORDS = {
  plan: { sv: ['ingen plan', 'planer'], en: ['no plan', 'plans'] },
  agreement: { sv: ['inget handslag', 'handslag'], en: ['no agreement', 'agreements'] },
  indicator: { sv: ['ingen indikator', 'indikatorer'], en: ['no indicator', 'indicators'] },
} as const;

/** Checks that `--plan`, `--agreement` or `--indicator` names something in the dataset, and lists what there is when not. */
function checkId(
  file: string,
  kind: keyof typeof ID_WORDS,
  id: string | undefined,
  items: readonly { id: string }[],
): void {
  if (id === undefined || items.some((item) => item.id === id)) return;
  const ids = items.map((item) => item.id).join(', ');
  const { sv, en } = ID_WORDS[kind];
  throw new CliError({
    sv: `${file}: har ${sv[0]} med id "${id}"${ids ? ` (${sv[1]}: ${ids})` : ''}`,
    en: `${file}: has ${en[0]} with id "${id}"${ids ? ` (${en[1]}: ${ids})` : ''}`,
  });
}

const elementList = RENDERABLE_ELEMENTS.join('|');

/** Why an element could not be rendered on the server, in one line: a bug in the element, not in the data. */
function describeRenderError(element: RenderableElement, error: unknown): Record<Lang, string> {
  const detail = (error instanceof Error ? error.message : String(error)).trim().split('\n')[0]?.trim() ?? '';
  return {
    sv: `dhol-${element} kunde inte renderas som statisk HTML (${detail}); rapportera gärna det till projektet`,
    en: `dhol-${element} could not be rendered as static HTML (${detail}); please report it to the project`,
  };
}

export const renderCommand: Command = {
  name: 'render',
  summary: {
    sv: 'skriv ett element som statisk HTML som visas utan JavaScript (deklarativ shadow DOM)',
    en: 'write an element as static HTML that shows without JavaScript (declarative shadow DOM)',
  },
  help: {
    sv: [
      `Användning: dhol render <${elementList}> <dataset> [flaggor]`,
      '',
      'Skriver elementet dhol-<element> med datasetets innehåll som statisk HTML: elementets shadow root',
      'står i sidan som <template shadowrootmode="open">, så webbläsaren visar samma text som det levande',
      'elementet utan att köra JavaScript. Datasetet kontrolleras först, som med dhol validate.',
      '',
      'Med --script laddar sidan elementens skript och elementet blir levande. Ange då också --src med',
      'datasetets adress: det statiska innehållet står kvar medan elementet läser datasetet och byts mot',
      'det levande i samma ögonblick, utan laddningsmeddelande. Inget skript skrivs in i sidan (CSP).',
      '',
      'Flaggor:',
      '  --lang <sv|en>         språk för elementet och meddelandena (standard: sv)',
      '  --plan <id>            planen som visas (plan, framework, followup)',
      '  --from <datum>         uppföljningens första dag (followup; standard: senaste revideringen)',
      '  --to <datum>           uppföljningens sista dag (followup; standard: i dag)',
      '  --agreement <id>       handslaget som visas (agreement)',
      '  --indicator <id>       indikatorn som visas (indicator; standard: den första)',
      '  --heading-level <n>    nivå för elementets översta rubriker, 1–6. Standard på en hel sida: 1 för',
      '                         plan, agreement, indicator och followup (deras rubrik är sidans h1), annars',
      '                         2 under en h1 med sidans titel; i ett fragment 2',
      '  --src <adress>         datasetets adress, som elementet läser när skriptet laddas',
      '  --script <adress>      adressen till elementens skript (dhol.js), som en modul i sidhuvudet',
      '  --fragment             skriv bara elementet (och skripttaggen), inte en hel sida',
      '  --css <fil>            skriv elementets stilar till en fil som shadow root länkar till, i stället',
      "                         för en inbäddad <style> (för en CSP med style-src 'self')",
      '  --css-href <adress>    adressen som länken pekar på (standard: filens väg från sidan i --out,',
      '                         annars filnamnet; aldrig en sökväg på den här datorn)',
      '  --no-support-notice    utan stödrutan (112, 1177, Mind Självmordslinjen); plan, agreement, followup',
      '  --support-text <text>  utgivarens egen stödmening i stödrutan; plan, agreement, followup',
      '  --out <fil>            skriv till en fil; datasetet skrivs aldrig över',
      '  --force                skriv över --out och --css om de redan finns',
      '',
      'Klistra in ett fragment i sidans HTML som den skickas från servern: en shadow root som',
      'läggs in med innerHTML i efterhand blir inte till. Det som beror på dagens datum (till exempel',
      'en försenad revidering) gäller dagen då sidan skrevs, tills elementet blir levande.',
      '',
      'Slutkoder: 0 klart, 1 datasetet är ogiltigt eller saknar det elementet visar,',
      '2 felaktigt anrop, okänt element eller fil som inte kan läsas, 70 elementet kunde inte renderas',
      '(ett fel i dhol).',
      '',
    ].join('\n'),
    en: [
      `Usage: dhol render <${elementList}> <dataset> [options]`,
      '',
      'Writes the element dhol-<element> showing the dataset as static HTML: the element’s shadow root is',
      'in the page as <template shadowrootmode="open">, so a browser shows the same text as the live',
      'element without running JavaScript. The dataset is checked first, as by dhol validate.',
      '',
      'With --script the page loads the elements’ script and the element comes alive. Give --src with the',
      'dataset’s address too: the static content stays while the element reads the dataset and is swapped',
      'for the live one at once, with no loading message. No script is written inline (CSP).',
      '',
      'Options:',
      '  --lang <sv|en>         language of the element and the messages (default: sv)',
      '  --plan <id>            the plan to show (plan, framework, followup)',
      '  --from <date>          the follow-up’s first day (followup; default: the last done revision)',
      '  --to <date>            the follow-up’s last day (followup; default: today)',
      '  --agreement <id>       the agreement to show (agreement)',
      '  --indicator <id>       the indicator to show (indicator; default: the first)',
      '  --heading-level <n>    level of the element’s top headings, 1–6. Default on a whole page: 1 for',
      '                         plan, agreement, indicator and followup (their title is the page’s h1),',
      '                         else 2 below an h1 of the page’s title; in a fragment 2',
      '  --src <url>            the dataset’s address, which the element reads when the script loads',
      '  --script <url>         the address of the elements’ script (dhol.js), as a module in the head',
      '  --fragment             write the element (and the script tag) only, not a whole page',
      '  --css <file>           write the element’s styles to a file its shadow root links to, instead of',
      "                         an inline <style> (for a CSP with style-src 'self')",
      '  --css-href <url>       the address the link points to (default: the file’s path from the page given',
      '                         to --out, else its name; never a path on this machine)',
      '  --no-support-notice    leave out the support notice (112, 1177, Mind); plan, agreement, followup',
      '  --support-text <text>  the publisher’s own support sentence in the notice; plan, agreement, followup',
      '  --out <file>           write to a file; the dataset is never overwritten',
      '  --force                overwrite --out and --css if they exist',
      '',
      'Paste a fragment into the page’s HTML as the server sends it: a shadow root added later with',
      'innerHTML is not created. What depends on today’s date (an overdue revision, say) holds for the',
      'day the page was written, until the element comes alive.',
      '',
      'Exit codes: 0 done, 1 the dataset is invalid or lacks what the element shows,',
      '2 wrong usage, an unknown element or a file that cannot be read, 70 the element could not be',
      'rendered (a bug in dhol).',
      '',
    ].join('\n'),
  },
  async run(argv, { io, lang }) {
    const { values, positionals } = parseCommandArgs(argv, {
      ...commonOptions,
      plan: { type: 'string' },
      agreement: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      indicator: { type: 'string' },
      'heading-level': { type: 'string' },
      src: { type: 'string' },
      script: { type: 'string' },
      fragment: { type: 'boolean' },
      css: { type: 'string' },
      'css-href': { type: 'string' },
      'no-support-notice': { type: 'boolean' },
      'support-text': { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
    });
    if (values.help) {
      io.stdout(this.help[lang]);
      return 0;
    }
    const [element, file, ...extra] = positionals;
    if (element === undefined || file === undefined || extra.length > 0) {
      throw new CliError({
        sv: `ange ett element och ett dataset: dhol render <${elementList}> <dataset>`,
        en: `name one element and one dataset: dhol render <${elementList}> <dataset>`,
      });
    }
    if (!isRenderableElement(element)) {
      throw new CliError({
        sv: `okänt element "${element}"; välj ett av ${RENDERABLE_ELEMENTS.join(', ')}`,
        en: `unknown element "${element}"; choose one of ${RENDERABLE_ELEMENTS.join(', ')}`,
      });
    }
    if (
      values.plan !== undefined &&
      element !== 'plan' &&
      element !== 'framework' &&
      element !== 'followup'
    ) {
      throw new CliError({
        sv: '--plan gäller bara plan, framework och followup',
        en: '--plan applies to plan, framework and followup only',
      });
    }
    if ((values.from !== undefined || values.to !== undefined) && element !== 'followup') {
      throw new CliError({
        sv: '--from och --to gäller bara followup',
        en: '--from and --to apply to followup only',
      });
    }
    const from = parsePeriodDay('from', values.from);
    const to = parsePeriodDay('to', values.to);
    if (values.indicator !== undefined && element !== 'indicator') {
      throw new CliError({
        sv: '--indicator gäller bara indicator',
        en: '--indicator applies to indicator only',
      });
    }
    if (values.agreement !== undefined && element !== 'agreement') {
      throw new CliError({
        sv: '--agreement gäller bara agreement',
        en: '--agreement applies to agreement only',
      });
    }
    const noSupportNotice = values['no-support-notice'] === true;
    const supportText = values['support-text'];
    if ((noSupportNotice || supportText !== undefined) && !SUPPORT_NOTICE_ELEMENTS.includes(element)) {
      throw new CliError({
        sv: `--no-support-notice och --support-text gäller bara ${SUPPORT_NOTICE_ELEMENTS.join(', ')}`,
        en: `--no-support-notice and --support-text apply to ${SUPPORT_NOTICE_ELEMENTS.join(', ')} only`,
      });
    }
    if (noSupportNotice && supportText !== undefined) {
      throw new CliError({
        sv: '--support-text och --no-support-notice kan inte användas tillsammans',
        en: '--support-text and --no-support-notice cannot be used together',
      });
    }
    if (supportText !== undefined && supportText.trim() === '') {
      throw new CliError({
        sv: '--support-text tar en mening, inte en tom text',
        en: '--support-text takes a sentence, not an empty text',
      });
    }
    // On a whole page, an element whose top heading is its subject's title (the plan's, say) is the page's h1;
    // the others sit at level 2 under an h1 of the page's title. A fragment goes into a page that has its h1.
    const headingLevel =
      parseHeadingLevel(values['heading-level']) ??
      (values.fragment !== true && TITLED_ELEMENTS.includes(element) ? 1 : undefined);
    const src = checkUrl('src', values.src);
    const script = checkUrl('script', values.script);
    const cssFile = values.css;
    if (values['css-href'] !== undefined && cssFile === undefined) {
      throw new CliError({
        sv: '--css-href gäller bara tillsammans med --css',
        en: '--css-href applies with --css only',
      });
    }
    if (
      cssFile !== undefined &&
      values.out !== undefined &&
      resolve(io.cwd, cssFile) === resolve(io.cwd, values.out)
    ) {
      throw new CliError({
        sv: '--css och --out kan inte vara samma fil',
        en: '--css and --out cannot be the same file',
      });
    }
    const cssHref =
      cssFile === undefined
        ? undefined
        : checkUrl('css-href', cssAddress(cssFile, values.out, values['css-href'], io.cwd));
    if (values.fragment && cssHref !== undefined && !isAbsoluteAddress(cssHref)) {
      // A fragment is pasted into a page somewhere else (a CMS, a file archive with an address per file): a
      // relative link would point next to that page, not next to the stylesheet.
      throw new CliError({
        sv: `--fragment med --css behöver --css-href med stilfilens adress från roten (/…) eller med https, inte "${cssHref}": en relativ adress räknas från sidan som fragmentet klistras in i`,
        en: `--fragment with --css needs --css-href with the stylesheet's address from the root (/…) or with https, not "${cssHref}": a relative address is read from the page the fragment is pasted into`,
      });
    }

    // The same checks and the same report as `dhol validate`, on stderr: stdout is kept for the HTML.
    const text = await readInput(io, file);
    const now = io.now();
    const { report, dataset } = validateText(file, text, { now, policy: true });
    if (report.status === 'unreadable') {
      throw new CliError(
        report.error?.message ?? { sv: `${file}: kunde inte läsas`, en: `${file}: could not be read` },
      );
    }
    if (!dataset) {
      io.stderr(formatReport(lang, summarise([report]), true));
      return 1;
    }

    const need = NEEDS[element];
    if (!need.has(dataset)) {
      throw new CliError(
        {
          sv: `${file}: innehåller ${need.what.sv}, så dhol-${element} har inget att visa`,
          en: `${file}: holds ${need.what.en}, so dhol-${element} has nothing to show`,
        },
        1,
      );
    }
    checkId(file, 'plan', values.plan, dataset.plans ?? []);
    checkId(file, 'agreement', values.agreement, dataset.agreements ?? []);
    checkId(file, 'indicator', values.indicator, dataset.indicators ?? []);

    let markup: string;
    try {
      markup = await renderElement({
        element,
        dataset,
        lang,
        now,
        ...(values.plan !== undefined ? { plan: values.plan } : {}),
        ...(values.agreement !== undefined ? { agreement: values.agreement } : {}),
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
        ...(values.indicator !== undefined ? { indicator: values.indicator } : {}),
        ...(headingLevel !== undefined ? { headingLevel } : {}),
        ...(noSupportNotice ? { noSupportNotice } : {}),
        ...(supportText !== undefined ? { supportText } : {}),
        ...(src !== undefined ? { src } : {}),
      });
    } catch (error) {
      printLine(io.stderr, `dhol: ${describeRenderError(element, error)[lang]}`);
      return 70;
    }
    const written = await staticHtml(markup, {
      element,
      dataset,
      lang,
      now,
      tool: VERSION,
      fragment: values.fragment === true,
      ...(headingLevel !== undefined ? { headingLevel } : {}),
      ...(values.plan !== undefined ? { plan: values.plan } : {}),
      ...(values.agreement !== undefined ? { agreement: values.agreement } : {}),
      ...(values.indicator !== undefined ? { indicator: values.indicator } : {}),
      ...(script !== undefined ? { script } : {}),
      ...(cssHref !== undefined ? { cssHref } : {}),
    });
    if (cssFile !== undefined && written.css !== undefined) {
      await writeOutput(io, cssFile, written.css, { force: values.force === true, inputs: [file] });
    }
    const output = written.html;
    if (values.out === undefined) io.stdout(output);
    else await writeOutput(io, values.out, output, { force: values.force === true, inputs: [file] });
    return 0;
  },
};
