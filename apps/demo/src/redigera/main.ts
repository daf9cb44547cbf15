// The editor page: <dhol-editor> comes from the editor's folder build /dhol/editor/dhol-editor.js (as a web team with
// its own server would host it: the widgets of the preview load only when a preview shows); this module reads it
// and hands datasets to and from the builder, so the page carries one copy of Lit.
import { sendHandoff, takeHandoff } from '../handoff.js';

const EDITOR_SCRIPT = '/dhol/editor/dhol-editor.js';

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

/**
 * Resolves once the page's text has painted: the browser's first-contentful-paint entry, which comes when the frame
 * is on screen (a timer after the next frame ran before it). A tab opened in the background paints, and so reads
 * the editor, when it is first shown. A browser without paint timing waits for the next frame and a task.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(() => setTimeout(resolve));
      return;
    }
    new PerformanceObserver((entries, observer) => {
      if (!entries.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve();
    }).observe({ type: 'paint', buffered: true });
  });
}

/**
 * The editor's script (about 125 KB gzip) is requested after the page's heading and text have painted: on a slow
 * phone they show at once instead of sharing the line with the editor (Lighthouse mobile measured first paint at
 * 2.1 s). Its first chunk is hinted at the same moment, so both still arrive side by side. If the script cannot be
 * read, the element's own text stays and says so.
 */
function loadEditor(): Promise<unknown> {
  const chunk = document.querySelector<HTMLMetaElement>('meta[name="dhol-editor-chunk"]')?.content;
  if (chunk) {
    const hint = document.createElement('link');
    hint.rel = 'modulepreload';
    hint.href = chunk;
    document.head.append(hint);
  }
  return import(/* @vite-ignore */ EDITOR_SCRIPT);
}

async function start(): Promise<void> {
  if (!editor) return;
  await afterFirstPaint();
  try {
    await loadEditor();
  } catch {
    return; // the element's own text says the editor could not be read
  }
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
