import { expect, type Page, test } from '@playwright/test';
import { settledStates, sitePages } from './helpers.js';

interface Stop {
  id: string;
  visible: boolean;
  hasSize: boolean;
}

interface TabLog {
  /** One entry per focus change, in order; `null` where focus left the page. */
  stops: (Stop | null)[];
  /** The focused elements, parallel to `stops` (`null` where focus left the page). */
  elements: (Element | null)[];
}

/**
 * Records every focus change of the page, looking through open shadow roots, with whether the focus is visible at
 * that moment. Recording in the page lets the test press Tab many times and read the whole walk in one go.
 */
async function recordFocus(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: TabLog = { stops: [], elements: [] };
    (window as unknown as { __tabLog: TabLog }).__tabLog = log;
    let focusColour: string | undefined;
    const stopOf = (active: Element) => {
      if (focusColour === undefined) {
        const probe = document.createElement('span');
        probe.style.color = getComputedStyle(document.documentElement).getPropertyValue('--dhol-color-focus');
        document.body.append(probe);
        focusColour = getComputedStyle(probe).color;
        probe.remove();
      }
      const path: string[] = [];
      for (let node: Node = active; ; ) {
        const root = node.getRootNode();
        if (!(root instanceof ShadowRoot)) break;
        path.unshift(root.host.localName);
        node = root.host;
      }
      const style = getComputedStyle(active);
      const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
      const ring = style.boxShadow !== 'none';
      // In SVG charts the focus ring is a stroke in the focus colour on the focused mark or on its children.
      const stroked =
        active instanceof SVGElement &&
        [active, ...active.querySelectorAll('*')].some((el) => getComputedStyle(el).stroke === focusColour);
      const box = active.getBoundingClientRect();
      const label = (active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 40);
      return {
        id: `${[...path, active.localName].join(' > ')} “${label}”`,
        visible: outline || ring || stroked,
        hasSize: box.width > 0 && box.height > 0,
      };
    };
    // A focus change inside one shadow root does not reach the document (its target and related target are the
    // same host there), so each shadow root listens too; an event heard at several levels counts once.
    const heard = new WeakSet<Event>();
    const listen = (root: Document | ShadowRoot) => {
      root.addEventListener(
        'focusin',
        (event) => {
          const target = event.composedPath()[0];
          if (heard.has(event) || !(target instanceof Element)) return;
          heard.add(event);
          log.stops.push(stopOf(target));
          log.elements.push(target);
        },
        { capture: true },
      );
      root.addEventListener(
        'focusout',
        (event) => {
          // Focus that goes to no other element of the page has left it (to the browser) after the last stop.
          if (heard.has(event) || (event as FocusEvent).relatedTarget !== null) return;
          heard.add(event);
          log.stops.push(null);
          log.elements.push(null);
        },
        { capture: true },
      );
    };
    listen(document);
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attachShadow.call(this, init);
      listen(root);
      return root;
    };
  });
}

/** Tab presses between two looks at whether focus has left the page: the walk costs one evaluate per run. */
const RUN = 20;
const MAX_PRESSES = 600;

/**
 * The walk from `start` to where focus left the page, checked against the page itself: every stop shows its focus
 * and has a size; every element a keyboard user can reach (through shadow roots, after `main` begins) was a stop;
 * and the stops come in the order the page shows them (flat tree order: no jumps back, no positive tabindex).
 */
async function judgeWalk(page: Page, start: number) {
  return page.evaluate((start) => {
    const log = (window as unknown as { __tabLog: TabLog }).__tabLog;
    const end = log.stops.indexOf(null, start);
    const stops = log.stops.slice(start, end) as Stop[];
    const reached = log.elements.slice(start, end) as Element[];

    // The flat tree: a host's shadow tree in place of its children, a slot's assigned elements in place of its own.
    const order: Element[] = [];
    const visit = (el: Element) => {
      order.push(el);
      const assigned = el instanceof HTMLSlotElement ? el.assignedElements({ flatten: true }) : [];
      const children = el.shadowRoot ? el.shadowRoot.children : assigned.length > 0 ? assigned : el.children;
      for (const child of children) visit(child);
    };
    visit(document.body);
    const position = new Map(order.map((el, i) => [el, i]));

    const inert = (el: Element) => {
      for (let node: Element | null = el; node; ) {
        if ((node as HTMLElement).inert) return true;
        node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
      }
      return false;
    };
    const interactive =
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable]:not([contenteditable="false"])';
    const main = document.querySelector('main');
    const from = main ? (position.get(main) ?? 0) : 0;
    const tabbable = order.filter(
      (el, i) =>
        i > from &&
        el.matches(interactive) &&
        (el as HTMLElement).tabIndex >= 0 &&
        !el.matches(':disabled') &&
        el.checkVisibility({ visibilityProperty: true }) &&
        !inert(el),
    );
    const named = (el: Element) =>
      `${el.localName} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`;
    const wasReached = new Set(reached);
    // One radio button of a group is a stop: the group counts as reached when one of its buttons was.
    const group = (el: Element) =>
      el instanceof HTMLInputElement && el.type === 'radio' && el.name
        ? `${el.name} in ${order.indexOf(el.form ?? (el.getRootNode() as Element))}`
        : undefined;
    const groupsReached = new Set(reached.map(group).filter(Boolean));
    const unreached = tabbable
      .filter((el) => !wasReached.has(el) && !(group(el) && groupsReached.has(group(el))))
      .map(named);

    const outOfOrder: string[] = [];
    let last = from;
    for (const [i, el] of reached.entries()) {
      const at = position.get(el);
      if (at === undefined || at <= last)
        outOfOrder.push(`${stops[i]?.id} after ${stops[i - 1]?.id ?? 'main'}`);
      last = at ?? last;
    }
    return {
      count: stops.length,
      // A radio group is one stop.
      tabbable: new Set(tabbable.map((el) => group(el) ?? el)).size,
      hidden: stops.filter((stop) => !stop.visible || !stop.hasSize).map((stop) => stop.id),
      unreached,
      outOfOrder,
    };
  }, start);
}

for (const site of sitePages) {
  test(`a keyboard user skips to the content of ${site.name} and tabs through all of it in order with focus always visible`, async ({
    page,
  }) => {
    await recordFocus(page);
    await page.goto(site.path);
    await settledStates(page);

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    // The walk starts after main took focus; the page records each stop, the test only asks when focus has left.
    const start = await page.evaluate(
      () => (window as unknown as { __tabLog: TabLog }).__tabLog.stops.length,
    );
    const left = () =>
      page.evaluate(
        (start) => (window as unknown as { __tabLog: TabLog }).__tabLog.stops.indexOf(null, start) >= 0,
        start,
      );
    let presses = 0;
    while (!(await left())) {
      expect(presses, `focus runs out within ${MAX_PRESSES} Tab presses`).toBeLessThan(MAX_PRESSES);
      for (let i = 0; i < RUN; i++) await page.keyboard.press('Tab');
      presses += RUN;
    }
    const walk = await judgeWalk(page, start);
    expect(walk.hidden, 'stops without a visible focus indicator').toEqual([]);
    expect(walk.unreached, 'elements Tab never reaches').toEqual([]);
    expect(walk.outOfOrder, 'stops out of the order the page shows them').toEqual([]);
    expect(walk.count).toBeGreaterThanOrEqual(walk.tabbable);
    expect(walk.tabbable).toBeGreaterThan(0);
  });
}

test('a keyboard user can load an example, read the report and copy the snippet in the builder', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/builder/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Hämta exempel: Surahammars handslag' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#report-summary')).toContainText('Datan är giltig');
  const copy = page.getByRole('button', { name: 'Kopiera kodsnutten' });
  // Reach the copy button with Tab alone, from the example button.
  for (let i = 0; i < 40 && !(await copy.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Kodsnutten är kopierad.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<dhol-agreement');
});
