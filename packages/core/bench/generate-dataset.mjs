// A seeded, deterministic generator of a national-scale dataset for the validation benchmark: every kommun
// (290) with a local plan of 100 activities, every region (21) with a regional plan, their organisations, a
// framework shaped like the national one (4 overarching goals, 7 delmål, priorities), indicators and
// observations. Texts are placeholders, not the strategy's wording.

/** Mulberry32: a small seeded PRNG, so every run validates the same data. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 21 län codes as SCB writes them. */
export const LAN = [
  '01',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '12',
  '13',
  '14',
  '17',
  '18',
  '19',
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
];
const UNITS = ['socialforvaltning', 'utbildningsforvaltning', 'kultur-och-fritid', 'arbetsmarknad'];
const REGION_UNITS = ['psykiatri', 'primarvard', 'folkhalsa'];
const TARGET_GROUPS = [
  'Barn och unga',
  'Äldre',
  'Personer med psykisk ohälsa',
  'Anhöriga',
  'Medarbetare',
  'Allmänheten',
];

const text = (sv, en) => (en ? { sv, en } : { sv });
const sourced = (value) => ({ text: value, status: 'unverified', source: 'Benchmark placeholder' });
const paragraph = (sv) => ({ type: 'paragraph', text: text(sv) });

/**
 * @param {{ seed?: number, kommuner?: number, activitiesPerPlan?: number, activitiesPerRegionalPlan?: number }} [options]
 */
export function generateNationalDataset(options = {}) {
  const { seed = 2025, kommuner = 290, activitiesPerPlan = 100, activitiesPerRegionalPlan = 60 } = options;
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

  // Areas: kommun codes spread over the län, as `LLKK`.
  const areas = [{ code: '00', name: 'Riket', kind: 'country' }];
  for (const lan of LAN) areas.push({ code: lan, name: `Län ${lan}`, kind: 'lan', parent: '00' });
  const kommunCodes = [];
  for (let i = 0; i < kommuner; i++) {
    const lan = LAN[i % LAN.length];
    const code = `${lan}${String(10 + Math.floor(i / LAN.length)).padStart(2, '0')}`;
    kommunCodes.push(code);
    areas.push({ code, name: `Kommun ${code}`, kind: 'kommun', parent: lan });
  }

  // Framework: 4 overarching goals, 7 delmål, 3 priorities under each delmål.
  const goals = [];
  for (let n = 1; n <= 4; n++)
    goals.push({
      id: `mal-${n}`,
      kind: 'overarching',
      number: n,
      title: { sv: sourced(`Övergripande mål ${n}`) },
    });
  for (let n = 1; n <= 7; n++)
    goals.push({ id: `delmal-${n}`, kind: 'subgoal', number: n, title: { sv: sourced(`Delmål ${n}`) } });
  for (let n = 1; n <= 7; n++) {
    for (let p = 1; p <= 3; p++) {
      goals.push({
        id: `delmal-${n}-p${p}`,
        kind: 'priority',
        parent: `delmal-${n}`,
        title: { sv: sourced(`Prioritering ${n}.${p}`) },
      });
    }
  }
  const linkable = goals.filter((goal) => goal.kind !== 'overarching').map((goal) => goal.id);
  const framework = {
    id: 'dhol-bench-2025',
    version: '2025',
    title: { sv: sourced('Ramverk för prestandatest') },
    period: { start: 2025, end: 2034 },
    goals,
    links: [{ url: 'https://example.org/strategi', label: text('Strategin') }],
  };

  // Organisations: national agencies and civil society, each region with units, each kommun with units.
  const organisations = [];
  const national = [];
  for (let i = 1; i <= 10; i++) {
    organisations.push({
      id: `myndighet-${i}`,
      name: text(`Myndighet ${i}`),
      kind: 'agency',
      area: '00',
      url: `https://myndighet-${i}.example.org/`,
    });
    national.push(`myndighet-${i}`);
  }
  for (let i = 1; i <= 20; i++) {
    organisations.push({ id: `forening-${i}`, name: text(`Förening ${i}`), kind: 'civil-society' });
    national.push(`forening-${i}`);
  }
  const regional = new Map();
  for (const lan of LAN) {
    const ids = [`region-${lan}`, `lansstyrelse-${lan}`];
    organisations.push({
      id: `region-${lan}`,
      name: text(`Region ${lan}`),
      kind: 'region',
      area: lan,
      url: `https://region-${lan}.example.org/`,
    });
    organisations.push({
      id: `lansstyrelse-${lan}`,
      name: text(`Länsstyrelsen ${lan}`),
      kind: 'lansstyrelse',
      area: lan,
    });
    for (const unit of REGION_UNITS) {
      organisations.push({
        id: `region-${lan}-${unit}`,
        name: text(`Region ${lan}, ${unit}`),
        kind: 'unit',
        parent: `region-${lan}`,
      });
      ids.push(`region-${lan}-${unit}`);
    }
    regional.set(lan, ids);
  }
  const local = new Map();
  for (const code of kommunCodes) {
    const ids = [`kommun-${code}`];
    organisations.push({
      id: `kommun-${code}`,
      name: text(`Kommun ${code}`),
      kind: 'kommun',
      area: code,
      url: `https://kommun-${code}.example.org/`,
    });
    for (const unit of UNITS) {
      organisations.push({
        id: `kommun-${code}-${unit}`,
        name: text(`Kommun ${code}, ${unit}`),
        kind: 'unit',
        parent: `kommun-${code}`,
      });
      ids.push(`kommun-${code}-${unit}`);
    }
    local.set(code, ids);
  }

  // Indicators and observations: every area, three years, by sex.
  const indicators = [];
  for (let i = 1; i <= 10; i++) {
    indicators.push({
      id: `ind-${i}`,
      title: text(`Indikator ${i}`, `Indicator ${i}`),
      unit: i % 3 === 0 ? 'per100k' : 'percent',
      decimals: 1,
      polarity: i % 2 === 0 ? 'lower-is-better' : 'higher-is-better',
      aboutPeople: true,
      breakdowns: ['sex', 'area', 'period'],
      source: {
        name: text('Statistikkälla'),
        url: `https://statistik.example.org/kpi/${i}`,
        externalId: `N${10000 + i}`,
      },
      goals: [{ framework: framework.id, goal: pick(linkable) }],
    });
  }
  const observations = [];
  for (const indicator of indicators) {
    for (const area of areas) {
      for (const period of ['2022', '2023', '2024']) {
        for (const sex of ['T', 'K', 'M']) {
          const suppressed = random() < 0.03;
          const value = suppressed ? null : Math.round(random() * 900) / 10;
          const observation = {
            indicator: indicator.id,
            area: area.code,
            period,
            sex,
            value,
            status: suppressed ? 'suppressed' : 'ok',
          };
          if (!suppressed && random() < 0.3) {
            observation.ci = { lower: Math.max(0, value - 2), upper: Math.min(100, value + 2), level: 0.95 };
          }
          observations.push(observation);
        }
      }
    }
  }

  const makeActivity = (planId, n, ownParties) => {
    const links = [];
    const linkCount = between(1, 3);
    const used = new Set();
    for (let k = 0; k < linkCount; k++) {
      const goal = pick(linkable);
      if (used.has(goal)) continue;
      used.add(goal);
      links.push(
        random() < 0.2
          ? { goal, listedAs: text(`Aktivitet ${n} under ${goal}`), kind: 'development' }
          : { goal },
      );
    }
    const responsible = [];
    const roles = ['lead', 'performer', 'partner'];
    for (let k = 0, count = between(1, 3); k < count; k++) {
      const organisation = k === 2 ? pick(national) : pick(ownParties);
      if (!responsible.some((party) => party.organisation === organisation))
        responsible.push({ organisation, role: roles[k] });
    }
    const activity = {
      id: `${planId}-a${n}`,
      title: text(`Aktivitet ${n}`),
      description: [paragraph(`Beskrivning av aktivitet ${n} i ${planId}.`)],
      goals: links,
      kind: pick(['ongoing', 'development', 'new']),
      status: pick(['planned', 'ongoing', 'ongoing', 'completed']),
      responsible,
    };
    if (random() < 0.5) activity.targetGroups = [text(pick(TARGET_GROUPS))];
    if (random() < 0.4)
      activity.links = [{ url: `https://example.org/${planId}/${n}`, label: text('Läs mer') }];
    if (random() < 0.3) activity.period = { start: '2025', end: pick(['2026', '2027-06', '2028-12-31']) };
    if (random() < 0.2) activity.indicators = [pick(indicators).id];
    if (random() < 0.3)
      activity.followUp = [{ type: 'list', items: [text('Antal deltagare'), text('Utvärdering')] }];
    return activity;
  };

  const makePlan = (id, kind, scope, owner, parties, activityCount) => {
    const activities = [];
    for (let n = 1; n <= activityCount; n++) activities.push(makeActivity(id, n, parties));
    return {
      id,
      kind,
      title: text(`Handlingsplan för ${scope[0]}`),
      category: text('Handlingsplan'),
      scope,
      framework: framework.id,
      owner,
      decision: { decidedBy: owner, date: '2025-03-18', diarienummer: `KS 2025/${between(1, 999)}` },
      validity: { start: '2025', end: '2028' },
      period: { start: '2025', end: '2034' },
      revisionSchedule: { revisions: [{ date: '2026', done: true }, { date: '2028' }] },
      purpose: [paragraph('Planens syfte.')],
      participants: parties.slice(1).map((organisation) => ({ organisation })),
      activities,
      indicators: indicators.slice(0, 3).map((indicator) => indicator.id),
    };
  };

  const plans = [];
  for (const lan of LAN) {
    const parties = regional.get(lan);
    plans.push(
      makePlan(`plan-${lan}`, 'regional', [lan], `region-${lan}`, parties, activitiesPerRegionalPlan),
    );
  }
  for (const code of kommunCodes) {
    const parties = [...local.get(code), ...regional.get(code.slice(0, 2)).slice(0, 2)];
    plans.push(makePlan(`plan-${code}`, 'local', [code], `kommun-${code}`, parties, activitiesPerPlan));
  }

  const dataset = {
    formatVersion: '1.0',
    id: 'dhol-bench',
    title: text('Nationellt testdataset'),
    source: { publisher: 'dhol', url: 'https://example.org/dhol', licence: 'CC0-1.0' },
    updated: '2026-01-15',
    frameworks: [framework],
    organisations,
    plans,
    indicators,
    observations,
  };
  return { dataset, areas };
}
