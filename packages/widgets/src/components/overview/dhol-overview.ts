import { define } from '../../define.js';
import { DholOverview } from './overview.js';

define('dhol-overview', DholOverview);

declare global {
  interface HTMLElementTagNameMap {
    'dhol-overview': DholOverview;
  }
}
