import type { IssuePath } from '../issues/issue.js';
import type { Organisation } from '../model/organisation.js';
import type { CheckContext } from './context.js';
import { checkAreaRef, checkOrganisationRef } from './references.js';
import type { Loose } from './sound-view.js';
import { checkUrl } from './urls.js';

/** Checks one organisation: its area, its parent organisation and its web address. */
export function checkOrganisation(
  organisation: Loose<Organisation>,
  path: IssuePath,
  ctx: CheckContext,
): void {
  checkAreaRef(organisation.area, ctx, path, 'area');
  checkOrganisationRef(organisation.parent, ctx, path, 'parent');
  checkUrl(organisation.url, ctx, path, 'url');
}
