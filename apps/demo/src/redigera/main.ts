// The editor page: <dhol-editor> comes from the editor's folder build /dhol/editor/dhol-editor.js (as a web team with
// its own server would host it: the widgets of the preview load only when a preview shows); this module only hands
// datasets to and from the builder, so the page carries one copy of Lit.
import { sendHandoff, takeHandoff } from '../handoff.js';

/** The part of <dhol-editor> this page uses. */
interface Editor extends HTMLElement {
  data: unknown;
  readonly isOpen: boolean;
  readonly currentIssues: readonly { severity: string }[];
  fileText(): string;
  validateNow(): void;
}

const editor = document.querySelector<Editor>('dhol-editor');
const toBuilder = document.getElementById('to-builder') as HTMLButtonElement | null;
const status = document.getElementById('handoff-status');

function say(text: string): void {
  if (status) status.textContent = text;
}

async function start(): Promise<void> {
  if (!editor) return;
  await customElements.whenDefined('dhol-editor');
  const text = takeHandoff('editor');
  if (text !== undefined) {
    try {
      editor.data = JSON.parse(text);
      say('Datan från kodbyggaren är öppnad som ett nytt utkast.');
    } catch {
      say(
        'Texten från kodbyggaren är inte JSON, så den kunde inte öppnas här. Den finns kvar i kodbyggaren.',
      );
    }
  }
  toBuilder?.addEventListener('click', () => {
    if (!editor.isOpen) {
      say('Det finns inget utkast att ta med. Skriv en ny plan eller öppna ett sparat utkast först.');
      return;
    }
    editor.validateNow();
    if (!sendHandoff('builder', editor.fileText())) {
      say(
        'Webbläsaren tillåter inte att utkastet lämnas över. Ladda ner filen och ladda upp den i kodbyggaren.',
      );
      return;
    }
    window.location.assign('/builder/#fran-redigeraren');
  });
}

void start();
