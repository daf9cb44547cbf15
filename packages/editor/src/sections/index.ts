/**
 * Registers every section and starter, in the order of the navigation: each plan's parts (facts, texts,
 * participants, delmål, activities), each handslag's parts, the indicators and their values, the organisations,
 * then the file as a whole; the starters (a new plan, handslag or set of figures, a file to open) come with them.
 * A new section is added by importing its module here (see the package README).
 */
import './plan/plan.js';
import './plan-texts/plan-texts.js';
import './plan-participants/plan-participants.js';
import './plan-goals/plan-goals.js';
import './activities/activities.js';
import './activity/activity.js';
import './agreement/agreement.js';
import './agreement-parties/agreement-parties.js';
import './agreement-texts/agreement-texts.js';
import './agreement-governance/agreement-governance.js';
import './agreement-strategies/agreement-strategies.js';
import './agreement-followup/agreement-followup.js';
import './indicator/indicator.js';
import './observations/observations.js';
import './organisations/organisations.js';
import './open/open.js';
import './dataset/dataset.js';
import './changes/changes.js';
import './export/export.js';
