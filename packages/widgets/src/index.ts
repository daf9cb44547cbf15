/**
 * @dhol/widgets: web components that show plans, agreements, coverage, indicators and overviews of many sources
 * for Det handlar om livet.
 * Importing this module registers every element (`dhol-plan`, …); import `components/<name>/<name>.js` for a
 * class without registering it.
 */
// The order of these imports is the order of the elements' code in `dist/cdn/dhol.js`, and gzip only finds text it
// has seen in the last 32 KB: each element that came later follows the one it shares most with (the follow-up the
// plan, the overview the coverage table), an order chosen by measuring (scripts/size.mjs): about 1 KB less than
// the order the elements were written in. The order they are defined in does not matter to them.
import './components/framework/dhol-framework.js';
import './components/agreement/dhol-agreement.js';
import './components/plan/dhol-plan.js';
import './components/followup/dhol-followup.js';
import './components/coverage/dhol-coverage.js';
import './components/overview/dhol-overview.js';
import './components/indicator/dhol-indicator.js';

export { DEFAULT_RETRIES, DEFAULT_TIMEOUT_MS, DholElement, type DholState } from './base/dhol-element.js';
export { DholAgreement } from './components/agreement/agreement.js';
export { DholCoverage } from './components/coverage/coverage.js';
export { DholFollowUp } from './components/followup/followup.js';
export { DholFramework } from './components/framework/framework.js';
export { DholIndicator } from './components/indicator/indicator.js';
export { DholOverview } from './components/overview/overview.js';
export { DholPlan } from './components/plan/plan.js';
export { define } from './define.js';
export {
  DholErrorEvent,
  DholLoadEvent,
  DholSelectEvent,
  DholSourceEvent,
  type Selection,
  type SourceOutcome,
} from './events.js';
export { type Lang, msg, resolveLang } from './i18n/index.js';
export { adoptTokens } from './styles/tokens.js';
