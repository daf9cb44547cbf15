// The embed builder: paste or upload a dataset, see the validation report, preview the elements, copy the snippet
// and download the validated dataset.json. The draft is saved to localStorage on every change and never dropped
// without asking.
import { type Dataset, formatPath, type Issue, type Result, useJitlessValidation } from '@dhol/core';
import { areas, nationalFramework } from '@dhol/data';
import '@dhol/widgets';
import { guessFormat, type InputFormat, isInputFormat, readDataset } from './convert.js';
import { openInEditor, takeFromEditor } from './editor-handoff.js';
import { elementsFor, snippetFor } from './snippet.js';
import {
  type Draft,
  defaultDraft,
  loadDraft,
  type PreviewLang,
  type PreviewTheme,
  saveDraft,
} from './storage.js';

useJitlessValidation();

const $ = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
};

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();

const form = $<HTMLFormElement>('builder-form');
const settingsForm = $<HTMLFormElement>('settings-form');
const textArea = $<HTMLTextAreaElement>('text');
const fileInput = $<HTMLInputElement>('file');
const scriptUrl = $<HTMLInputElement>('script-url');
const dataUrl = $<HTMLInputElement>('data-url');
const draftStatus = $('draft-status');
const summary = $('report-summary');
const issueList = $<HTMLUListElement>('issues');
const snippetCode = $('snippet');
const copyButton = $<HTMLButtonElement>('copy');
const downloadButton = $<HTMLButtonElement>('download');
const actionStatus = $('action-status');
const previews = $('previews');
const previewEmpty = $('preview-empty');

const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short' });
const count = new Intl.NumberFormat('sv-SE');

let draft: Draft = { ...defaultDraft };
let result: Result<Dataset> | undefined;
let saveFailed = false;

// ── Draft: read the form, save, restore ─────────────────────────────────────────────────────────────────────

function radioValue(owner: HTMLFormElement, name: string): string | undefined {
  const checked = owner.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
  return checked?.value;
}

function setRadio(owner: HTMLFormElement, name: string, value: string): void {
  for (const input of owner.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) {
    input.checked = input.value === value;
  }
}

function readForm(): Draft {
  const format = radioValue(form, 'format');
  const lang = radioValue(settingsForm, 'lang');
  const theme = radioValue(settingsForm, 'theme');
  return {
    text: textArea.value,
    format: isInputFormat(format) ? format : 'json',
    lang: (lang === 'en' ? 'en' : 'sv') satisfies PreviewLang,
    theme: (theme === 'light' || theme === 'dark' ? theme : 'auto') satisfies PreviewTheme,
    scriptUrl: scriptUrl.value,
    dataUrl: dataUrl.value,
    savedAt: new Date().toISOString(),
  };
}

function writeForm(value: Draft): void {
  textArea.value = value.text;
  setRadio(form, 'format', value.format);
  setRadio(settingsForm, 'lang', value.lang);
  setRadio(settingsForm, 'theme', value.theme);
  scriptUrl.value = value.scriptUrl;
  dataUrl.value = value.dataUrl;
}

function save(): void {
  const outcome = saveDraft(storage, draft);
  if (outcome.ok) {
    if (saveFailed) draftStatus.textContent = 'Utkastet sparas igen i den här webbläsaren.';
    saveFailed = false;
  } else if (!saveFailed) {
    saveFailed = true;
    draftStatus.textContent = `Utkastet kunde inte sparas (${outcome.reason}). Kopiera texten eller ladda ner filen innan du lämnar sidan.`;
  }
}

// A draft that could not be saved is not lost silently either: the browser asks before the page is left.
window.addEventListener('beforeunload', (event) => {
  if (saveFailed && draft.text.trim() !== '') event.preventDefault();
});

// ── Validation, report, snippet, previews ───────────────────────────────────────────────────────────────────

const validateOptions = () => ({ frameworks: [nationalFramework], areas, now: new Date() });

function issueItem(issue: Issue): HTMLLIElement {
  const item = document.createElement('li');
  const severity = document.createElement('span');
  severity.className = `severity-${issue.severity}`;
  severity.textContent = issue.severity === 'error' ? 'Fel' : 'Varning';
  const where = document.createElement('code');
  where.textContent = issue.path.length > 0 ? formatPath(issue.path) : '(hela filen)';
  item.append(severity, ' i ', where, `: ${issue.message.sv}`);
  // Where in the pasted text, as an editor counts: the JSON reader places every issue.
  if (issue.line !== undefined) item.append(` (rad ${issue.line}, kolumn ${issue.column})`);
  return item;
}

function renderReport(): void {
  issueList.replaceChildren();
  if (!result) return;
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  const warnings = result.issues.length - errors.length;
  const plural = (n: number, one: string, many: string) => `${count.format(n)} ${n === 1 ? one : many}`;
  if (draft.text.trim() === '') {
    summary.className = 'report-summary';
    summary.textContent =
      'Det finns ingen data ännu. Klistra in text, ladda upp en fil eller hämta ett exempel.';
    return;
  }
  summary.className = `report-summary ${result.ok ? 'ok' : 'bad'}`;
  summary.textContent = result.ok
    ? `Datan är giltig: inga fel, ${plural(warnings, 'varning', 'varningar')}.`
    : `Datan har ${plural(errors.length, 'fel', 'fel')} och ${plural(warnings, 'varning', 'varningar')}. Rätta felen för att få en kodsnutt.`;
  const shown = [...errors, ...result.issues.filter((issue) => issue.severity === 'warning')];
  issueList.append(...shown.slice(0, 200).map(issueItem));
  if (shown.length > 200) {
    const more = document.createElement('li');
    more.textContent = `… och ${count.format(shown.length - 200)} till.`;
    issueList.append(more);
  }
}

function currentSnippet(): string | undefined {
  if (!result?.ok) return undefined;
  return snippetFor(elementsFor(result.value, draft), draft);
}

function renderSnippet(): void {
  const snippet = currentSnippet();
  snippetCode.textContent = snippet ?? 'Kodsnutten visas när datan inte har några fel.';
  copyButton.disabled = snippet === undefined;
  downloadButton.disabled = !result?.ok;
}

/** The previews are rebuilt only when the dataset or the settings that change them change. */
let previewKey = '';

function renderPreviews(): void {
  if (!result?.ok) {
    previewKey = '';
    previews.replaceChildren();
    previewEmpty.hidden = false;
    return;
  }
  const dataset = result.value;
  const key = `${draft.text}\u0000${draft.format}\u0000${draft.lang}\u0000${draft.theme}`;
  if (key === previewKey) return;
  previewKey = key;
  previewEmpty.hidden = true;
  const blocks = elementsFor(dataset, draft).map((embed) => {
    const block = document.createElement('section');
    block.className = 'preview';
    const heading = document.createElement('h3');
    heading.textContent = embed.label.sv;
    const tag = document.createElement('p');
    tag.className = 'hint';
    const tagCode = document.createElement('code');
    tagCode.textContent = `<${embed.tag}>`;
    tag.append(tagCode);
    const element = document.createElement(embed.tag) as HTMLElement & { data?: unknown };
    for (const [name, value] of embed.attributes) {
      if (name !== 'src') element.setAttribute(name, value);
    }
    element.setAttribute('heading-level', '4');
    // The preview reads the pasted data directly; on the web team's page the same element reads `src`.
    element.data = dataset;
    block.append(heading, tag, element);
    return block;
  });
  previews.replaceChildren(...blocks);
}

let timer: ReturnType<typeof setTimeout> | undefined;

function update({ immediately = false } = {}): void {
  draft = readForm();
  save();
  clearTimeout(timer);
  const run = () => {
    result = readDataset(draft.text, draft.format, validateOptions());
    renderReport();
    renderSnippet();
    renderPreviews();
  };
  if (immediately) run();
  else timer = setTimeout(run, 250);
}

// ── Actions ─────────────────────────────────────────────────────────────────────────────────────────────────

/** Puts new text in the box; asks first when that would replace work. */
function replaceText(text: string, format: InputFormat, what: string): boolean {
  const current = textArea.value;
  if (current.trim() !== '' && current !== text) {
    const replace = window.confirm(
      `Vill du ersätta texten i rutan med ${what}? Det du har skrivit försvinner.`,
    );
    if (!replace) {
      actionStatus.textContent = 'Texten lämnades orörd.';
      return false;
    }
  }
  textArea.value = text;
  setRadio(form, 'format', format);
  update({ immediately: true });
  return true;
}

form.addEventListener('input', (event) => {
  if (event.target !== fileInput) update();
});
form.addEventListener('change', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.name === 'format')
    update({ immediately: true });
});
form.addEventListener('submit', (event) => event.preventDefault());
settingsForm.addEventListener('input', () => update({ immediately: true }));
settingsForm.addEventListener('submit', (event) => event.preventDefault());

fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  try {
    const text = await file.text();
    if (replaceText(text, guessFormat(file.name, text), `filen ${file.name}`)) {
      actionStatus.textContent = `Filen ${file.name} är inläst.`;
    }
  } catch {
    actionStatus.textContent = `Filen ${file.name} kunde inte läsas.`;
  } finally {
    fileInput.value = '';
  }
});

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-example]')) {
  button.addEventListener('click', async () => {
    const name = button.dataset['example'] ?? '';
    try {
      const response = await fetch(`/dhol/${name}`, { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const text = await response.text();
      if (replaceText(text, 'json', 'exemplet')) actionStatus.textContent = 'Exemplet är inläst.';
    } catch {
      actionStatus.textContent = 'Exemplet kunde inte hämtas.';
    }
  });
}

$('clear').addEventListener('click', () => {
  if (textArea.value === '') {
    actionStatus.textContent = 'Det finns ingen text att rensa.';
    return;
  }
  if (!window.confirm('Vill du rensa texten? Det går inte att ångra.')) {
    actionStatus.textContent = 'Texten lämnades orörd.';
    return;
  }
  textArea.value = '';
  update({ immediately: true });
  actionStatus.textContent = 'Texten är rensad.';
  textArea.focus();
});

copyButton.addEventListener('click', async () => {
  const snippet = currentSnippet();
  if (!snippet) return;
  try {
    await navigator.clipboard.writeText(snippet);
    actionStatus.textContent = 'Kodsnutten är kopierad.';
  } catch {
    // Without clipboard access the code is selected, so Ctrl+C (⌘C) copies it.
    const range = document.createRange();
    range.selectNodeContents(snippetCode);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    actionStatus.textContent = 'Kodsnutten är markerad: kopiera den med Ctrl+C (⌘C på Mac).';
  }
});

downloadButton.addEventListener('click', () => {
  if (!result?.ok) return;
  const blob = new Blob([`${JSON.stringify(result.value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'dataset.json';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  actionStatus.textContent = 'dataset.json är nedladdad.';
});

$('open-in-editor').addEventListener('click', () => {
  const problem = openInEditor(draft.text, draft.format, result);
  if (problem) actionStatus.textContent = problem;
});

// ── Start: restore the draft ────────────────────────────────────────────────────────────────────────────────

const restored = loadDraft(storage);
if (restored) {
  writeForm(restored);
  if (restored.text.trim() !== '') {
    const when = restored.savedAt ? new Date(restored.savedAt) : undefined;
    draftStatus.textContent =
      when && !Number.isNaN(when.getTime())
        ? `Ditt utkast från ${dateTime.format(when)} är återställt.`
        : 'Ditt utkast är återställt.';
  }
} else {
  writeForm(defaultDraft);
}
update({ immediately: true });

// A plan the editor (/redigera/) sent comes straight to the snippet step.
const fromEditor = takeFromEditor();
if (fromEditor !== undefined && replaceText(fromEditor, 'json', 'planen från redigeraren')) {
  actionStatus.textContent = 'Planen från redigeraren är inläst. Kodsnutten är klar att kopiera.';
  $('snippet-heading').focus();
}
