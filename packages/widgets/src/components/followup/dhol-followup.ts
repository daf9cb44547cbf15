import { define } from '../../define.js';
import { DholFollowUp } from './followup.js';

define('dhol-followup', DholFollowUp);

declare global {
  interface HTMLElementTagNameMap {
    'dhol-followup': DholFollowUp;
  }
}
