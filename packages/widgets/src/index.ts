/**
 * @dhol/widgets: web components that show plans, agreements, coverage, indicators and overviews of many sources
 * for Det handlar om livet.
 * Importing this module registers every element (`dhol-plan`, …); import `components/<name>/<name>.js` for a
 * class without registering it.
 */
import './components/plan/dhol-plan.js';
import './components/framework/dhol-framework.js';
import './components/agreement/dhol-agreement.js';
import './components/coverage/dhol-coverage.js';
import './components/indicator/dhol-indicator.js';
import './components/followup/dhol-followup.js';
import './components/overview/dhol-overview.js';

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
