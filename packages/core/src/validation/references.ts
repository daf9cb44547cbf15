import type { IssuePath } from '../issues/issue.js';
import { type CheckContext, type FrameworkIndex, report } from './context.js';
import { at, type PathKey } from './path.js';

/** An organisation id must name an organisation of the dataset (or of options). */
export function checkOrganisationRef(
  id: string | undefined,
  ctx: CheckContext,
  base: IssuePath,
  a?: PathKey,
  b?: PathKey,
  c?: PathKey,
): void {
  if (id === undefined || ctx.organisations === undefined || ctx.organisations.has(id)) return;
  report(ctx, 'error', 'reference.organisation.unknown', at(base, a, b, c), { id });
}

export function checkIndicatorRef(
  id: string | undefined,
  ctx: CheckContext,
  base: IssuePath,
  a?: PathKey,
  b?: PathKey,
): boolean {
  if (id === undefined || ctx.indicators === undefined || ctx.indicators.has(id)) return true;
  report(ctx, 'error', 'reference.indicator.unknown', at(base, a, b), { id });
  return false;
}

export function checkIndicatorRefs(
  ids: readonly (string | undefined)[] | undefined,
  ctx: CheckContext,
  base: IssuePath,
  key: PathKey,
): void {
  if (!ids) return;
  for (let i = 0; i < ids.length; i++) checkIndicatorRef(ids[i], ctx, base, key, i);
}

/**
 * An area code must be a known area when areas are given; its form is checked by the structure. Without areas, a
 * dataset gets one warning that its codes went unchecked.
 */
export function checkAreaRef(
  code: string | undefined,
  ctx: CheckContext,
  base: IssuePath,
  a?: PathKey,
  b?: PathKey,
): void {
  if (code === undefined || code === '00') return;
  if (ctx.areas === undefined) {
    // Said once, where the first code stands: the caller may not know that codes go unchecked without `areas`.
    if (!ctx.warnUncheckedAreas) return;
    ctx.warnUncheckedAreas = false;
    report(ctx, 'warning', 'reference.area.unchecked', at(base, a, b), { id: code });
    return;
  }
  if (!ctx.areas.has(code)) report(ctx, 'error', 'reference.area.unknown', at(base, a, b), { id: code });
}

export function checkAreaRefs(
  codes: readonly (string | undefined)[] | undefined,
  ctx: CheckContext,
  base: IssuePath,
  key: PathKey,
): void {
  if (!codes) return;
  for (let i = 0; i < codes.length; i++) checkAreaRef(codes[i], ctx, base, key, i);
}

/** A framework id must name a known framework; returns whether it does. */
export function checkFrameworkRef(
  id: string | undefined,
  ctx: CheckContext,
  base: IssuePath,
  a?: PathKey,
  b?: PathKey,
  c?: PathKey,
): boolean {
  if (id === undefined) return false;
  if (ctx.frameworks.has(id)) return true;
  if (!ctx.checkFrameworks || ctx.brokenFrameworks?.has(id)) return false;
  report(ctx, 'error', 'reference.framework.unknown', at(base, a, b, c), { id, known: ctx.frameworksKnown });
  return false;
}

/** A goal must exist in the given framework; an unknown framework is reported once, elsewhere. */
export function checkGoalRef(
  framework: string,
  goal: string | undefined,
  ctx: CheckContext,
  base: IssuePath,
  a?: PathKey,
  b?: PathKey,
  c?: PathKey,
): void {
  const index = ctx.frameworks.get(framework);
  if (goal === undefined || !index || index.goals.has(goal)) return;
  report(ctx, 'error', 'reference.goal.unknown', at(base, a, b, c), {
    id: goal,
    framework,
    subgoals: goalIdsOfKind(index, 'subgoal'),
  });
}

/** The ids of a framework's goals of one kind, in its order, so a message can say which ones there are. */
function goalIdsOfKind(index: FrameworkIndex, kind: string): string {
  const ids: string[] = [];
  for (const [id, goal] of index.goals) if (goal.kind === kind) ids.push(id);
  return ids.join(', ');
}

/** `{ framework, goal }` pairs, as agreements and indicators hold them. */
export function checkFrameworkGoalRefs(
  refs: readonly ({ framework?: string; goal?: string } | undefined)[] | undefined,
  ctx: CheckContext,
  base: IssuePath,
  key: PathKey,
): void {
  if (!refs) return;
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i];
    if (ref && checkFrameworkRef(ref.framework, ctx, base, key, i, 'framework')) {
      checkGoalRef(ref.framework!, ref.goal, ctx, base, key, i, 'goal');
    }
  }
}
