import { define } from '../../define.js';
import { DholPlan } from './plan.js';

define('dhol-plan', DholPlan);

declare global {
  interface HTMLElementTagNameMap {
    'dhol-plan': DholPlan;
  }
}
