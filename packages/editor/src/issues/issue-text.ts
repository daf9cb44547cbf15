/**
 * The words an issue is shown with in the editor. Core's messages name the file's fields as JSON does ("Fältet
 * ”scope” ska ha minst 1 post"); beside a form field, and in the error summary, the editor says the same with the
 * field's label ("Område som planen gäller: välj minst ett.") so codes never reach the user. Issues the editor has
 * no better words for keep core's message.
 */
import type { Issue } from '@dhol/core';
import type { Lang } from '../i18n/messages.js';

const param = (issue: Issue, key: string): string => String(issue.params?.[key] ?? '');

/** The issue in `lang`, said about the field labelled `label` when there is one. */
export function issueText(issue: Issue, lang: Lang, label?: string): string {
  const sv = lang === 'sv';
  switch (issue.code) {
    case 'policy.activity.no-responsible':
      return sv
        ? 'Aktiviteten har ingen ansvarig. Lägg till vem som leder, samordnar eller utför den.'
        : 'The activity has no one responsible. Add who leads, coordinates or carries it out.';
    case 'url.unsafe':
    case 'url.http':
      return label ? `${label}: ${issue.message[lang]}` : issue.message[lang];
  }
  if (!label) return issue.message[lang];
  switch (issue.code) {
    case 'structure.required':
      return sv ? `${label} saknas.` : `${label} is missing.`;
    case 'structure.too-small': {
      const expected = param(issue, sv ? 'expected' : 'expectedEn');
      // "ska ha minst 1 tecken": an empty text.
      if (/tecken|characters/.test(expected)) return sv ? `${label} saknas.` : `${label} is missing.`;
      // "ska ha minst 1 post": an empty list.
      if (/ 1 (post|entry)/.test(expected))
        return sv ? `${label}: lägg till minst en.` : `${label}: add at least one.`;
      return `${label} ${expected}.`;
    }
    case 'structure.too-big':
      return `${label} ${param(issue, sv ? 'expected' : 'expectedEn')}.`;
    case 'structure.type':
      return sv
        ? `${label} har ett värde av fel sort i filen (${param(issue, 'found')}). Skriv eller välj ett nytt.`
        : `${label} has a value of the wrong kind in the file (${param(issue, 'foundEn')}). Enter or choose a new one.`;
    case 'structure.format':
      return sv
        ? `${label} ska vara ${param(issue, 'expected')}, men är ${param(issue, 'value')}.`
        : `${label} must be ${param(issue, 'expectedEn')}, but is ${param(issue, 'value')}.`;
    case 'structure.enum':
    case 'structure.literal':
      return sv
        ? `${label}: filen har värdet ${param(issue, 'value')}, som inte är ett av alternativen. Välj ett av dem.`
        : `${label}: the file has the value ${param(issue, 'value')}, which is not one of the choices. Choose one of them.`;
    case 'date.invalid':
      return sv
        ? `${label}: datumet ${param(issue, 'value')} finns inte i kalendern.`
        : `${label}: the date ${param(issue, 'value')} is not a real calendar date.`;
    case 'reference.organisation.unknown':
      return sv
        ? `${label}: organisationen ”${param(issue, 'id')}” finns inte bland filens organisationer. Välj en i listan eller lägg till den.`
        : `${label}: the organisation “${param(issue, 'id')}” is not among the file's organisations. Choose one from the list or add it.`;
    case 'reference.goal.unknown':
      return sv
        ? `${label}: målet ”${param(issue, 'id')}” finns inte i strategin. Välj ett delmål i listan.`
        : `${label}: the goal “${param(issue, 'id')}” is not in the strategy. Choose a sub-goal from the list.`;
    default:
      return `${label}: ${issue.message[lang]}`;
  }
}
