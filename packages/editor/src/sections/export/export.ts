/**
 * Downloading the draft and publishing it: what is still missing before the file can be published (the errors,
 * each a link to its field), the download (a draft with errors can be downloaded too, and says so), and the code
 * a web team pastes, with the addresses the files will have on their site.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { targetValue } from '../../fields/field.js';
import { defineMessages } from '../../i18n/messages.js';
import { formatCount } from '../../util/format.js';
import { heading } from '../../util/heading.js';
import { type EditorContext, type Route, registerSection, routeFor, type Section } from '../section.js';
import { datasetFileName, embedSnippet } from './file.js';

const t = defineMessages({
  sv: {
    nav: 'Ladda ner och publicera',
    intro:
      'Ladda ner datafilen och lägg den på er webbplats. Koden nedan visar planen där ni klistrar in den. Utkastet finns kvar i webbläsaren.',
    missing: 'Det här behöver rättas innan filen kan publiceras',
    missingIntro: (p) =>
      `Filen har ${p.count} ${Number(p.count) === 1 ? 'fel' : 'fel'}. Elementen visar inte en fil med fel, så rätta dem först. Du kan ändå ladda ner utkastet och fortsätta senare.`,
    ready: 'Filen har inga fel och kan publiceras.',
    warnings: (p) =>
      `${p.count} ${Number(p.count) === 1 ? 'varning' : 'varningar'} finns kvar: råd utifrån strategin, inget som hindrar publicering.`,
    fileName: 'Filnamn',
    download: 'Ladda ner datafilen',
    downloadDraft: 'Ladda ner utkastet med fel',
    downloaded: (p) => `${p.name} är nedladdad.`,
    snippet: 'Kod att klistra in på webbplatsen',
    snippetHint: 'Klistra in koden där planen ska synas, och lägg filerna på adresserna nedan.',
    scriptUrl: 'Adress till dhol.js på er webbplats',
    dataUrl: 'Adress till datafilen på er webbplats',
    lang: 'Språk i elementen',
    copy: 'Kopiera koden',
    copied: 'Koden är kopierad.',
    selected: 'Koden är markerad: kopiera den med Ctrl+C (⌘C på Mac).',
  },
  en: {
    nav: 'Download and publish',
    intro:
      'Download the data file and put it on your website. The code below shows the plan where you paste it. The draft stays in the browser.',
    missing: 'This must be corrected before the file can be published',
    missingIntro: (p) =>
      `The file has ${p.count} ${Number(p.count) === 1 ? 'error' : 'errors'}. The elements do not show a file with errors, so correct them first. You can still download the draft and continue later.`,
    ready: 'The file has no errors and can be published.',
    warnings: (p) =>
      `${p.count} ${Number(p.count) === 1 ? 'warning remains' : 'warnings remain'}: advice from the strategy, nothing that stops publishing.`,
    fileName: 'File name',
    download: 'Download the data file',
    downloadDraft: 'Download the draft with errors',
    downloaded: (p) => `${p.name} has been downloaded.`,
    snippet: 'Code to paste into the website',
    snippetHint: 'Paste the code where the plan should show, and put the files at the addresses below.',
    scriptUrl: 'Address of dhol.js on your website',
    dataUrl: 'Address of the data file on your website',
    lang: 'Language of the elements',
    copy: 'Copy the code',
    copied: 'The code has been copied.',
    selected: 'The code is selected: copy it with Ctrl+C (⌘C on a Mac).',
  },
});

export const EXPORT_ROUTE: Route = { section: 'export', path: [] };

interface Settings {
  fileName?: string;
  scriptUrl: string;
  dataUrl?: string;
  lang: 'sv' | 'en';
}

function render(ctx: EditorContext): TemplateResult {
  const l = (key: Parameters<typeof t>[1], params = {}) => t(ctx.lang, key, params);
  const sub = ctx.headingLevel + 1;
  const settings = ctx.uiState<Settings>('export/settings', { scriptUrl: '/dhol/dhol.js', lang: 'sv' });
  const set = (next: Partial<Settings>) => ctx.setUiState('export/settings', { ...settings, ...next });
  const fileName = settings.fileName ?? datasetFileName(ctx.data);
  const dataUrl = settings.dataUrl ?? `/dhol/${fileName}`;
  const errors = ctx.issues.issues.filter((issue) => issue.severity === 'error');
  const snippet = embedSnippet(ctx.data, { scriptUrl: settings.scriptUrl, dataUrl, lang: settings.lang });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      ctx.announce(l('copied'));
    } catch {
      // Without clipboard access the code is selected, so the keyboard copies it.
      const code = ctx.element('export-snippet');
      const selection = globalThis.getSelection?.();
      if (code && selection) {
        const range = document.createRange();
        range.selectNodeContents(code);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      ctx.announce(l('selected'));
    }
  };
  return html`
    <p>${l('intro')}</p>
    ${
      errors.length > 0
        ? html`<div class="notice problem export-missing" id="export-missing" tabindex="-1" role="group" aria-labelledby="export-missing-heading">
            ${heading(sub, l('missing'), { id: 'export-missing-heading' })}
            <p>${l('missingIntro', { count: formatCount(errors.length, ctx.lang) })}</p>
            <ul>
              ${errors.slice(0, 100).map((issue) => {
                const field = ctx.issues.fieldOf(issue) ?? issue.path;
                const route = routeFor(field, ctx.data);
                return html`<li>
                  <a
                    href="#"
                    @click=${(event: Event) => {
                      event.preventDefault();
                      if (route) ctx.navigate(route, field);
                    }}
                    >${ctx.issues.text(issue, ctx.lang)}</a
                  >
                </li>`;
              })}
            </ul>
          </div>`
        : html`<p class="notice">${l('ready')}${
            ctx.issues.warnings > 0
              ? html` ${l('warnings', { count: formatCount(ctx.issues.warnings, ctx.lang) })}`
              : nothing
          }</p>`
    }
    <div class="field">
      <label class="label" for="export-file-name">${l('fileName')}</label>
      <input
        id="export-file-name"
        class="input width-medium"
        autocomplete="off"
        spellcheck="false"
        .value=${live(fileName)}
        @input=${(event: Event) => set({ fileName: targetValue(event) })}
      />
    </div>
    <button type="button" class=${errors.length > 0 ? 'secondary' : ''} @click=${() => ctx.download(fileName)}>
      ${errors.length > 0 ? l('downloadDraft') : l('download')}
    </button>
    <section aria-labelledby="export-snippet-heading">
      ${heading(sub, l('snippet'), { id: 'export-snippet-heading' })}
      <p class="hint">${l('snippetHint')}</p>
      <div class="field">
        <label class="label" for="export-script-url">${l('scriptUrl')}</label>
        <input
          id="export-script-url"
          class="input"
          autocomplete="off"
          spellcheck="false"
          .value=${live(settings.scriptUrl)}
          @input=${(event: Event) => set({ scriptUrl: targetValue(event) })}
        />
      </div>
      <div class="field">
        <label class="label" for="export-data-url">${l('dataUrl')}</label>
        <input
          id="export-data-url"
          class="input"
          autocomplete="off"
          spellcheck="false"
          .value=${live(dataUrl)}
          @input=${(event: Event) => set({ dataUrl: targetValue(event) })}
        />
      </div>
      <fieldset class="fieldset field">
        <legend class="legend">${l('lang')}</legend>
        <div class="radios">
          ${(['sv', 'en'] as const).map(
            (lang) => html`<div class="radio">
              <input
                type="radio"
                id=${`export-lang-${lang}`}
                name="export-lang"
                .checked=${live(settings.lang === lang)}
                @change=${() => set({ lang })}
              />
              <label for=${`export-lang-${lang}`} lang=${lang}>${lang === 'sv' ? 'Svenska' : 'English'}</label>
            </div>`,
          )}
        </div>
      </fieldset>
      <pre class="snippet"><code id="export-snippet">${snippet}</code></pre>
      <button type="button" class="secondary" @click=${copy}>${l('copy')}</button>
    </section>
  `;
}

export const exportSection: Section = {
  id: 'export',
  fields: [],
  routeFor: () => undefined,
  title: (ctx) => t(ctx.lang, 'nav'),
  render,
  nav: (ctx) => [{ label: t(ctx.lang, 'nav'), route: EXPORT_ROUTE }],
};

/** The words a download announces, for the editor's toolbar button. */
export const downloadedMessage = (lang: 'sv' | 'en', name: string) => t(lang, 'downloaded', { name });

registerSection(exportSection);
