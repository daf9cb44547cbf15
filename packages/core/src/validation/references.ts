import type { IssuePath } from '../issues/issue.js';
import { type CheckContext, report } from './context.js';

/** An organisation id must name an organisation of the dataset (or of options). */
export function checkOrganisationRef(id: string | undefined, path: IssuePath, ctx: CheckContext): void {
  if (id === undefined || ctx.organisations === undefined || ctx.organisations.has(id)) return;
  report(ctx, 'error', 'reference.organisation.unknown', path, { id });
}

export function checkIndicatorRef(id: string | undefined, path: IssuePath, ctx: CheckContext): void {
  if (id === undefined || ctx.indicators === undefined || ctx.indicators.has(id)) return;
  report(ctx, 'error', 'reference.indicator.unknown', path, { id });
}

export function checkIndicatorRefs(
  ids: readonly string[] | undefined,
  path: IssuePath,
  ctx: CheckContext,
): void {
  if (!ids) return;
  for (let i = 0; i < ids.length; i++) checkIndicatorRef(ids[i], [...path, i], ctx);
}

/** An area code must be a known area when areas are given; its form is checked by the structure. */
export function checkAreaRef(code: string | undefined, path: IssuePath, ctx: CheckContext): void {
  if (code === undefined || ctx.areas === undefined || ctx.areas.has(code)) return;
  report(ctx, 'error', 'reference.area.unknown', path, { id: code });
}

export function checkAreaRefs(
  codes: readonly string[] | undefined,
  path: IssuePath,
  ctx: CheckContext,
): void {
  if (!codes) return;
  for (let i = 0; i < codes.length; i++) checkAreaRef(codes[i], [...path, i], ctx);
}

/** A framework id must name a known framework; returns whether it does. */
export function checkFrameworkRef(id: string | undefined, path: IssuePath, ctx: CheckContext): boolean {
  if (id === undefined) return false;
  if (ctx.frameworks.has(id)) return true;
  if (ctx.brokenFrameworks?.has(id)) return false;
  report(ctx, 'error', 'reference.framework.unknown', path, { id });
  return false;
}

/** A goal must exist in the given framework; an unknown framework is reported once, elsewhere. */
export function checkGoalRef(framework: string, goal: string, path: IssuePath, ctx: CheckContext): void {
  const index = ctx.frameworks.get(framework);
  if (!index || index.goals.has(goal)) return;
  report(ctx, 'error', 'reference.goal.unknown', path, { id: goal, framework });
}

/** `{ framework, goal }` pairs, as agreements and indicators hold them. */
export function checkFrameworkGoalRefs(
  refs: readonly { framework: string; goal: string }[] | undefined,
  path: IssuePath,
  ctx: CheckContext,
): void {
  if (!refs) return;
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i]!;
    if (checkFrameworkRef(ref.framework, [...path, i, 'framework'], ctx)) {
      checkGoalRef(ref.framework, ref.goal, [...path, i, 'goal'], ctx);
    }
  }
}
