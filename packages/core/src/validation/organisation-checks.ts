import type { IssuePath } from '../issues/issue.js';
import type { Organisation } from '../model/organisation.js';
import type { CheckContext } from './context.js';
import { checkAreaRef, checkOrganisationRef } from './references.js';
import { checkUrl } from './urls.js';

/** Checks one organisation: its area, its parent organisation and its web address. */
export function checkOrganisation(organisation: Organisation, path: IssuePath, ctx: CheckContext): void {
  checkAreaRef(organisation.area, [...path, 'area'], ctx);
  checkOrganisationRef(organisation.parent, [...path, 'parent'], ctx);
  checkUrl(organisation.url, [...path, 'url'], ctx);
}
