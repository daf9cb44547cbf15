import { define } from '../../define.js';
import { DholAgreement } from './agreement.js';

define('dhol-agreement', DholAgreement);

declare global {
  interface HTMLElementTagNameMap {
    'dhol-agreement': DholAgreement;
  }
}
