// The embed builder: paste or upload a dataset, see the validation report, preview the elements, copy the snippet
// and download the validated dataset.json. The draft is saved to localStorage on every change and never dropped
// without asking.
import {
  DATASET_SCHEMA_URL,
  type Dataset,
  formatPath,
  type Issue,
  type Result,
  useJitlessValidation,
} from '@dhol/core';
import { areas, nationalFramework } from '@dhol/data';
import { guessFormat, type InputFormat, isInputFormat, readDataset } from './convert.js';
import { openInEditor, takeFromEditor } from './editor-handoff.js';
import { groupIssues } from './report.js';
import {
  downloadName,
  type EmbedElement,
  elementsFor,
  roomCssFor,
  snippetFor,
  toHeadingLevel,
} from './snippet.js';
import { staticHtmlFor } from './static-export.js';
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
const staticUrl = $<HTMLInputElement>('static-url');
const headingLevel = $<HTMLSelectElement>('heading-level');
const elementChoices = $('elements');
const elementsEmpty = $('elements-empty');
const dataStatus = $('data-status');
const draftStatus = $('draft-status');
const summary = $('report-summary');
const issueList = $<HTMLUListElement>('issues');
const snippetCode = $('snippet');
const roomCss = $('room-css');
const copyButton = $<HTMLButtonElement>('copy');
const downloadButton = $<HTMLButtonElement>('download');
const downloadStaticButton = $<HTMLButtonElement>('download-static');
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

/** The elements the checkboxes leave out, and those left out earlier that the current data does not have. */
function readOmitted(): string[] {
  const boxes = [...elementChoices.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const shown = new Set(boxes.map((box) => box.value));
  return [
    ...draft.omitted.filter((key) => !shown.has(key)),
    ...boxes.filter((box) => !box.checked).map((box) => box.value),
  ];
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
    headingLevel: toHeadingLevel(headingLevel.value),
    scriptUrl: scriptUrl.value,
    dataUrl: dataUrl.value,
    staticUrl: staticUrl.value,
    omitted: readOmitted(),
    savedAt: new Date().toISOString(),
  };
}

function writeForm(value: Draft): void {
  textArea.value = value.text;
  setRadio(form, 'format', value.format);
  setRadio(settingsForm, 'lang', value.lang);
  setRadio(settingsForm, 'theme', value.theme);
  headingLevel.value = String(value.headingLevel);
  scriptUrl.value = value.scriptUrl;
  dataUrl.value = value.dataUrl;
  staticUrl.value = value.staticUrl;
  draft = { ...draft, omitted: value.omitted };
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

/** Saves what the form holds now: an edit's save waits for the pause after typing, as the report does. */
function saveNow(): void {
  draft = readForm();
  save();
}

// A draft that could not be saved is not lost silently either: the browser asks before the page is left.
window.addEventListener('beforeunload', (event) => {
  saveNow();
  if (saveFailed && draft.text.trim() !== '') event.preventDefault();
});
// Phones leave a page without beforeunload: the draft is saved when the page is hidden or put away too.
window.addEventListener('pagehide', saveNow);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') saveNow();
});

// ── Validation, report, snippet, previews ───────────────────────────────────────────────────────────────────

const validateOptions = () => ({ frameworks: [nationalFramework], areas, now: new Date() });

function issueLine(issue: Issue): (string | Node)[] {
  const where = document.createElement('code');
  where.textContent = issue.path.length > 0 ? formatPath(issue.path) : '(hela filen)';
  // Where in the pasted text, as an editor counts: the JSON reader places every issue.
  const place = issue.line !== undefined ? ` (rad ${issue.line}, kolumn ${issue.column})` : '';
  return [' i ', where, `: ${issue.message.sv}${place}`];
}

function severityLabel(issue: Issue): HTMLSpanElement {
  const severity = document.createElement('span');
  severity.className = `severity-${issue.severity}`;
  severity.textContent = issue.severity === 'error' ? 'Fel' : 'Varning';
  return severity;
}

function issueItem(issue: Issue): HTMLLIElement {
  const item = document.createElement('li');
  item.append(severityLabel(issue), ...issueLine(issue));
  return item;
}

/**
 * Warnings of one kind as one item: the first in full, how many more there are, and all of them on request; when
 * they are expected (an example dataset whose document leaves something out), the reason instead of a warning.
 */
function groupItem(group: ReturnType<typeof groupIssues>['warnings'][number]): HTMLLIElement {
  const [first, ...rest] = group.issues;
  const item = document.createElement('li');
  if (!first) return item;
  if (rest.length === 0 && !group.expected) return issueItem(first);
  item.className = group.expected ? 'expected' : '';
  const head = document.createElement('p');
  if (group.expected) {
    const label = document.createElement('span');
    label.className = 'severity-expected';
    label.textContent = `Väntade varningar (${count.format(group.issues.length)})`;
    head.append(label, `: ${group.expected.sv}`);
  } else {
    head.append(
      severityLabel(first),
      ...issueLine(first),
      ` Samma slags varning finns på ${count.format(rest.length)} ${rest.length === 1 ? 'ställe' : 'ställen'} till.`,
    );
  }
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = `Visa alla ${count.format(group.issues.length)}`;
  const list = document.createElement('ul');
  list.append(
    ...group.issues.map((issue) => {
      const line = document.createElement('li');
      line.append(...issueLine(issue).slice(1));
      return line;
    }),
  );
  details.append(summary, list);
  item.append(head, details);
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
  const grouped = groupIssues(result.issues, result.ok ? result.value : undefined);
  const expected = grouped.warnings
    .filter((group) => group.expected)
    .reduce((sum, group) => sum + group.issues.length, 0);
  const warningWords =
    expected > 0 && expected === warnings
      ? `${plural(warnings, 'varning', 'varningar')}, alla väntade`
      : expected > 0
        ? `${plural(warnings, 'varning', 'varningar')}, varav ${count.format(expected)} väntade`
        : plural(warnings, 'varning', 'varningar');
  summary.className = `report-summary ${result.ok ? 'ok' : 'bad'}`;
  summary.textContent = result.ok
    ? `Datan är giltig: inga fel, ${warningWords}.`
    : `Datan har ${plural(errors.length, 'fel', 'fel')} och ${warningWords}. Rätta felen för att få en kodsnutt.`;
  issueList.append(...grouped.errors.slice(0, 200).map(issueItem));
  if (grouped.errors.length > 200) {
    const more = document.createElement('li');
    more.textContent = `… och ${count.format(grouped.errors.length - 200)} fel till.`;
    issueList.append(more);
  }
  issueList.append(...grouped.warnings.map(groupItem));
}

/** Every element the data can show; the settings decide which of them the snippet holds. */
function allElements(): EmbedElement[] {
  return result?.ok ? elementsFor(result.value, draft) : [];
}

function chosenElements(): EmbedElement[] {
  const omitted = new Set(draft.omitted);
  return allElements().filter((element) => !omitted.has(element.key));
}

/** One checkbox per element the data can show, kept as they are while the list stays the same. */
function renderElementChoices(): void {
  const elements = allElements();
  const keys = elements.map((element) => element.key).join('\u0000');
  elementsEmpty.hidden = elements.length > 0;
  if (elementChoices.dataset['keys'] === keys) return;
  elementChoices.dataset['keys'] = keys;
  const omitted = new Set(draft.omitted);
  elementChoices.replaceChildren(
    ...elements.map((element) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'element';
      box.value = element.key;
      box.checked = !omitted.has(element.key);
      const tag = document.createElement('code');
      tag.textContent = element.tag;
      label.append(box, ` ${element.label.sv} (`, tag, ')');
      return label;
    }),
  );
}

function currentSnippet(): string | undefined {
  const chosen = chosenElements();
  if (chosen.length === 0) return undefined;
  return snippetFor(chosen, draft);
}

function renderSnippet(): void {
  const snippet = currentSnippet();
  snippetCode.textContent =
    snippet ??
    (result?.ok ? 'Välj minst ett element att bädda in.' : 'Kodsnutten visas när datan inte har några fel.');
  roomCss.textContent = snippet ? roomCssFor(chosenElements()) : '';
  copyButton.disabled = snippet === undefined;
  downloadButton.disabled = !result?.ok;
  downloadStaticButton.disabled = snippet === undefined;
  downloadButton.textContent = `Ladda ner ${downloadName(draft.dataUrl)}`;
}

/** The previews are rebuilt only when the dataset or the settings that change them change. */
let previewKey = '';

/**
 * The widgets, read when there is first something to preview: a third of the page's script, which the empty form a
 * visitor first sees does not need. The elements already in the page upgrade when they are defined.
 */
let widgetsRequested = false;
function loadWidgets(): void {
  if (widgetsRequested) return;
  widgetsRequested = true;
  import('@dhol/widgets').catch((error: unknown) => {
    // Tried again with the next change of the data.
    widgetsRequested = false;
    const problem = document.createElement('p');
    problem.setAttribute('role', 'alert');
    problem.textContent =
      'Förhandsvisningen kunde inte läsas in. Valideringen och kodsnutten fungerar ändå. Ladda om sidan för att försöka igen.';
    previews.prepend(problem);
    console.error('builder: the preview could not be loaded', error);
  });
}

function renderPreviews(): void {
  if (!result?.ok) {
    previewKey = '';
    previews.replaceChildren();
    previewEmpty.hidden = false;
    return;
  }
  const dataset = result.value;
  const key = [draft.text, draft.format, draft.lang, draft.theme, ...draft.omitted].join('\u0000');
  if (key === previewKey) return;
  previewKey = key;
  previewEmpty.hidden = true;
  loadWidgets();
  const blocks = chosenElements().map((embed) => {
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
      if (name !== 'src' && name !== 'heading-level') element.setAttribute(name, value);
    }
    // Under the preview's own h3; on the web team's page the level chosen in the settings.
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
  clearTimeout(timer);
  // Saving copies the whole text into storage: once per pause, not once per keystroke or pasted line (a 60 KB text
  // entered line by line wrote 3,000 copies, 25 s of a busy machine).
  const run = () => {
    save();
    result = readDataset(draft.text, draft.format, validateOptions());
    renderReport();
    renderElementChoices();
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
      dataStatus.textContent = 'Texten lämnades orörd.';
      return false;
    }
  }
  textArea.value = text;
  setRadio(form, 'format', format);
  update({ immediately: true });
  return true;
}

form.addEventListener('input', (event) => {
  if (event.target === fileInput) return;
  // "Exemplet är inläst." and the like describe the text as it was loaded, not as it is after an edit.
  if (event.target === textArea) dataStatus.textContent = '';
  update();
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
      dataStatus.textContent = `Filen ${file.name} är inläst.`;
    }
  } catch {
    dataStatus.textContent = `Filen ${file.name} kunde inte läsas.`;
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
      if (replaceText(text, 'json', 'exemplet')) dataStatus.textContent = 'Exemplet är inläst.';
    } catch {
      dataStatus.textContent = 'Exemplet kunde inte hämtas.';
    }
  });
}

$('clear').addEventListener('click', () => {
  if (textArea.value === '') {
    dataStatus.textContent = 'Det finns ingen text att rensa.';
    return;
  }
  if (!window.confirm('Vill du rensa texten? Det går inte att ångra.')) {
    dataStatus.textContent = 'Texten lämnades orörd.';
    return;
  }
  textArea.value = '';
  update({ immediately: true });
  dataStatus.textContent = 'Texten är rensad.';
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

/** Offers `text` as a file download named `name`. */
function offer(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

downloadButton.addEventListener('click', () => {
  if (!result?.ok) return;
  const name = downloadName(draft.dataUrl);
  // A file without `$schema` gets the schema's public address, so an editor checks it wherever it is copied.
  const dataset =
    result.value.$schema === undefined ? { $schema: DATASET_SCHEMA_URL, ...result.value } : result.value;
  offer(`${JSON.stringify(dataset, null, 2)}\n`, name, 'application/json');
  actionStatus.textContent = `${name} är nedladdad.`;
});

$('open-in-editor').addEventListener('click', () => {
  const problem = openInEditor(draft.text, draft.format, result);
  if (problem) actionStatus.textContent = problem;
});

downloadStaticButton.addEventListener('click', async () => {
  const chosen = chosenElements();
  if (!result?.ok || chosen.length === 0) return;
  const name = downloadName(draft.dataUrl).replace(/\.json$/i, '-statisk.html');
  downloadStaticButton.disabled = true;
  actionStatus.textContent = 'Skriver statisk HTML …';
  try {
    offer(await staticHtmlFor(chosen, result.value, draft), name, 'text/html');
    actionStatus.textContent = `${name} är nedladdad.`;
  } catch (error) {
    actionStatus.textContent = `Den statiska HTML:en kunde inte skrivas (${error instanceof Error ? error.message : String(error)}).`;
  } finally {
    downloadStaticButton.disabled = currentSnippet() === undefined;
  }
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
