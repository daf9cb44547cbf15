// The national generated set (generate-dataset.mjs) split the way it would be published: one dataset per kommun and
// one per region, each holding its own plan with the organisations, indicators and observations it names. For the
// roll-up benchmark, dhol-overview's benchmark and the demo's national page. Texts are placeholders, and every
// dataset says it is generated test data.
import { generateNationalDataset, LAN } from './generate-dataset.mjs';

const GENERATED = {
  sv: 'Genererade testdata: ingen riktig kommuns eller regions plan.',
  en: 'Generated test data: not the plan of any real municipality or region.',
};

/**
 * @typedef {{ code: string, lan: string }} KommunCode
 * @typedef {{ key: string, area: string, kind: 'kommun' | 'region', dataset: Record<string, any> }} GeneratedSource
 */

/**
 * @param {{
 *   seed?: number,
 *   activitiesPerPlan?: number,
 *   activitiesPerRegionalPlan?: number,
 *   kommuner?: KommunCode[],
 *   framework?: { id: string, goals: { id: string, kind: string, parent?: string }[] },
 * }} [options]
 *   `kommuner`: the kommun codes to publish for, each with its län (the generator's own codes are invented, so give
 *   the real ones where a page or an element checks codes against the official list); `framework`: link the
 *   activities to this framework's delmål (`delmal-1` … `delmal-7`) and priorities instead of the generator's own,
 *   which is then left out of the datasets.
 * @returns {{ sources: GeneratedSource[] }} the 21 regions first, then the kommuner
 */
export function generateNationalSources(options = {}) {
  const { seed = 2025, activitiesPerPlan = 100, activitiesPerRegionalPlan = 60 } = options;
  const { dataset } = generateNationalDataset({ seed, activitiesPerPlan, activitiesPerRegionalPlan });
  const generated = dataset.plans.filter((plan) => plan.kind === 'local').map((plan) => plan.scope[0]);
  const kommuner = options.kommuner ?? generated.map((code) => ({ code, lan: code.slice(0, 2) }));
  if (kommuner.length > generated.length)
    throw new Error(`the generator makes ${generated.length} kommuner, not ${kommuner.length}`);

  const organisations = new Map(dataset.organisations.map((organisation) => [organisation.id, organisation]));
  const indicators = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator]));
  const observationsByArea = new Map();
  for (const observation of dataset.observations) {
    const list = observationsByArea.get(observation.area) ?? [];
    list.push(observation);
    observationsByArea.set(observation.area, list);
  }
  const goalOf = goalMapper(options.framework);
  const frameworkId = options.framework?.id ?? dataset.frameworks[0].id;

  /** One source: `plan` (already given its real codes) with what it names. */
  const publish = (key, area, kind, plan, observations) => {
    plan.framework = frameworkId;
    for (const activity of plan.activities) {
      const seen = new Set();
      activity.goals = activity.goals
        .map((link) => ({ ...link, goal: goalOf(link.goal) }))
        .filter((link) => !seen.has(link.goal) && seen.add(link.goal));
    }
    const named = new Set([
      plan.owner,
      plan.decision.decidedBy,
      ...plan.participants.map((p) => p.organisation),
    ]);
    for (const activity of plan.activities)
      for (const party of activity.responsible) named.add(party.organisation);
    for (const id of [...named]) {
      const parent = organisations.get(id)?.parent;
      if (parent) named.add(parent);
    }
    const indicatorIds = new Set(plan.indicators);
    for (const activity of plan.activities) for (const id of activity.indicators ?? []) indicatorIds.add(id);
    const source = {
      formatVersion: '1.0',
      id: `genererad-${key}`,
      title: { sv: `${plan.title.sv} (genererade testdata)`, en: `${plan.title.sv} (generated test data)` },
      source: { publisher: 'dhol', note: GENERATED, licence: 'CC0-1.0' },
      updated: '2026-01-15',
      ...(options.framework ? {} : { frameworks: dataset.frameworks }),
      organisations: [...named].map((id) => organisations.get(id)).filter(Boolean),
      plans: [plan],
      indicators: [...indicatorIds]
        .map((id) => indicators.get(id))
        .map((indicator) => ({
          ...indicator,
          goals: indicator.goals?.map((goal) => ({ framework: frameworkId, goal: goalOf(goal.goal) })),
        })),
      observations: observations.filter((observation) => indicatorIds.has(observation.indicator)),
    };
    return { key, area, kind, dataset: source };
  };

  const sources = [];
  for (const lan of LAN) {
    const plan = structuredClone(dataset.plans.find((p) => p.id === `plan-${lan}`));
    sources.push(publish(`region-${lan}`, lan, 'region', plan, observationsByArea.get(lan) ?? []));
  }
  kommuner.forEach(({ code, lan }, index) => {
    const from = generated[index];
    const fromLan = from.slice(0, 2);
    // The generated kommun's plan, moved to the real code and to the region of the real kommun's län.
    const text = JSON.stringify(dataset.plans.find((p) => p.id === `plan-${from}`))
      .replaceAll(`kommun-${from}`, `kommun-${code}`)
      .replaceAll(`plan-${from}`, `plan-${code}`)
      .replaceAll(`"${from}"`, `"${code}"`)
      .replaceAll(`för ${from}`, `för ${code}`)
      .replaceAll(`region-${fromLan}"`, `region-${lan}"`)
      .replaceAll(`lansstyrelse-${fromLan}"`, `lansstyrelse-${lan}"`);
    const plan = JSON.parse(text);
    moveKommun(organisations, from, code);
    const observations = (observationsByArea.get(from) ?? []).map((o) => ({ ...o, area: code }));
    sources.push(publish(`kommun-${code}`, code, 'kommun', plan, observations));
  });
  return { sources };
}

/** Copies the generated kommun's organisations (the kommun and its units) under the real code. */
function moveKommun(organisations, from, code) {
  for (const [id, organisation] of [...organisations]) {
    if (id !== `kommun-${from}` && !id.startsWith(`kommun-${from}-`)) continue;
    const moved = JSON.parse(JSON.stringify(organisation).replaceAll(from, code));
    organisations.set(moved.id, moved);
  }
}

/** A goal id of the generator's framework as a goal of `framework`: the same delmål, a priority under it if any. */
function goalMapper(framework) {
  if (!framework) return (id) => id;
  const priorities = new Map();
  for (const goal of framework.goals) {
    if (goal.kind !== 'priority' || !goal.parent) continue;
    priorities.set(goal.parent, [...(priorities.get(goal.parent) ?? []), goal.id]);
  }
  return (id) => {
    const match = /^(delmal-\d+)(?:-p(\d+))?$/.exec(id);
    if (!match) return id;
    const [, delmal, priority] = match;
    const under = priorities.get(delmal) ?? [];
    return priority && under.length > 0 ? under[(Number(priority) - 1) % under.length] : delmal;
  };
}
