/**
 * Registers every section and starter, in the order of the navigation: each plan's parts (facts, texts,
 * participants, delmål, activities), then the organisations, then the file as a whole. A new section is added by
 * importing its module here (see the package README).
 */
import './plan/plan.js';
import './plan-texts/plan-texts.js';
import './plan-participants/plan-participants.js';
import './plan-goals/plan-goals.js';
import './activities/activities.js';
import './activity/activity.js';
import './organisations/organisations.js';
import './dataset/dataset.js';
import './changes/changes.js';
import './export/export.js';
