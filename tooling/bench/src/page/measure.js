// Runs inside the benchmark page, next to the script-tag bundle. Every timing starts before the change and stops once
// the element has finished updating and the browser has laid it out (reading `offsetHeight` forces layout).

const stage = () => document.getElementById('stage');

/** Waits until no update is pending (an update may request another, e.g. after validation). */
async function settled(el) {
  while (!(await el.updateComplete)) {
    // another update was requested while this one ran
  }
  return el.offsetHeight;
}

/**
 * Attaches `el` to the stage and waits until it has drawn its data: the element's first drawing waits for its turn in
 * the render queue (a task of its own), so Lit's `updateComplete` alone says nothing of the content. Resolves on the
 * element's own `dhol-load` or `dhol-error` event, listened for before the element is attached.
 */
async function attachAndShow(el) {
  const shown = new Promise((resolve) => {
    el.addEventListener('dhol-load', resolve, { once: true });
    el.addEventListener('dhol-error', resolve, { once: true });
  });
  stage().append(el);
  await shown;
  return settled(el);
}

/**
 * Times each update of `el` and the layout after it, around the element's `performUpdate` (a frame's start time says
 * nothing of when its work began), until `stop()`, which returns the steps' times.
 */
function timeUpdates(el) {
  const steps = [];
  const performUpdate = el.performUpdate;
  el.performUpdate = function timedUpdate() {
    const start = performance.now();
    performUpdate.call(this);
    this.offsetHeight;
    steps.push(performance.now() - start);
  };
  return {
    stop() {
      delete el.performUpdate;
      return steps;
    },
  };
}

/**
 * Waits until a long list has finished its steps: dhol-plan marks its list `aria-busy` until every listing is drawn,
 * and keeps delmål the filters hide (`.leaving`) until later steps have removed them. Elements that draw in one
 * update return at once. Returns the longest later step: its update and the layout after it.
 */
async function drawnWhole(el) {
  const timing = timeUpdates(el);
  let steps;
  try {
    while (el.shadowRoot?.querySelector('[aria-busy="true"], .leaving')) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await settled(el);
    }
  } finally {
    steps = timing.stop();
  }
  el.offsetHeight;
  return Math.max(0, ...steps);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const summary = (times) => ({
  median: median(times),
  min: Math.min(...times),
  max: Math.max(...times),
  runs: times.length,
});

/**
 * How many nodes match `probe`, counting nodes with the same `distinctBy` attribute once; with `distinctBy: 'd'`,
 * how many shapes the matching paths draw (each begins with one `M`), for charts that draw many marks in one path.
 */
function distinct(el, probe, distinctBy) {
  const nodes = [...el.shadowRoot.querySelectorAll(probe)];
  if (distinctBy === 'd') {
    return nodes.reduce((sum, node) => sum + (node.getAttribute('d') ?? '').split('M').length - 1, 0);
  }
  return distinctBy ? new Set(nodes.map((node) => node.getAttribute(distinctBy))).size : nodes.length;
}

/**
 * First render: a new element gets a fresh copy of the data (so core validates it, as on a real page), is attached
 * and renders. Returns the timings and what the last element showed, for the caller to check.
 */
async function firstRender({ tag, attributes = {}, data, runs, warmup, probe, distinctBy }) {
  const times = [];
  const wholeTimes = [];
  let shown;
  for (let i = 0; i < warmup + runs; i++) {
    const copy = structuredClone(data);
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    const start = performance.now();
    el.data = copy;
    // The element's work until its content shows: each update (validation runs in the first) and the layout after
    // it, not the wait for its turn in the render queue, which is idle time given to other tasks.
    const work = timeUpdates(el);
    await attachAndShow(el);
    const first = work.stop().reduce((sum, step) => sum + step, 0);
    await drawnWhole(el);
    const whole = performance.now() - start;
    if (i >= warmup) {
      times.push(first);
      wholeTimes.push(whole);
    }
    shown = {
      state: el.state,
      count: distinct(el, probe, distinctBy),
      issues:
        el.state === 'error'
          ? el.issues.slice(0, 3).map((issue) => `${issue.code} at ${issue.path.join('.')}`)
          : undefined,
    };
    el.remove();
  }
  return { ...summary(times), whole: summary(wholeTimes), shown };
}

/** Changes the plan's delmål filter through its form, as a user would, and times each change. */
async function refilter({ attributes = {}, data, runs, warmup }) {
  const el = document.createElement('dhol-plan');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  await attachAndShow(el);
  const select = el.shadowRoot.querySelector('select[name="goal"]');
  if (!select) throw new Error('dhol-plan shows no delmål filter');
  const goals = [...select.options].map((option) => option.value).filter(Boolean);
  // The time until the first step of the new list is drawn, and until all of it is.
  const choose = async (value) => {
    const start = performance.now();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settled(el);
    const first = performance.now() - start;
    const longestStep = await drawnWhole(el);
    return { first, whole: performance.now() - start, longestStep };
  };
  const count = () => distinct(el, 'article', 'data-activity');
  const toGoal = [];
  const toGoalWhole = [];
  const toGoalStep = [];
  const toAll = [];
  const toAllWhole = [];
  const shownPerGoal = [];
  for (let i = 0; i < warmup + runs; i++) {
    // From every activity to one delmål's, then back to every activity (the whole plan drawn again).
    const narrowed = await choose(goals[i % goals.length]);
    shownPerGoal.push(count());
    const widened = await choose('');
    if (i >= warmup) {
      toGoal.push(narrowed.first);
      toGoalWhole.push(narrowed.whole);
      toGoalStep.push(narrowed.longestStep);
      toAll.push(widened.first);
      toAllWhole.push(widened.whole);
    }
  }
  const total = count();
  el.remove();
  return {
    toGoal: summary(toGoal),
    toGoalWhole: summary(toGoalWhole),
    toGoalStep: summary(toGoalStep),
    toAll: summary(toAll),
    toAllWhole: summary(toAllWhole),
    goals: goals.length,
    shownPerGoal,
    total,
  };
}

/**
 * Redraw from data the element has already validated: the element shows `from` (attributes), then each timed run
 * sets `to` (alternating `toggle` attribute values, so that the element cannot reuse the last drawing).
 */
async function redraw({ tag, attributes = {}, data, from, to, toggle, runs, warmup, probe, distinctBy }) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  await attachAndShow(el);
  const times = [];
  for (let i = 0; i < warmup + runs; i++) {
    for (const [name, value] of Object.entries(from)) el.setAttribute(name, value);
    await settled(el);
    const start = performance.now();
    for (const [name, value] of Object.entries(to)) el.setAttribute(name, value);
    if (toggle) el.setAttribute(toggle.name, toggle.values[i % toggle.values.length]);
    await settled(el);
    const elapsed = performance.now() - start;
    if (i >= warmup) times.push(elapsed);
  }
  const shown = { state: el.state, count: distinct(el, probe, distinctBy) };
  el.remove();
  return { ...summary(times), shown };
}

window.dholBench = { attachAndShow, firstRender, refilter, redraw };
window.dholBenchReady = true;
