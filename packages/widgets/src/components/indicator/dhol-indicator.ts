import { define } from '../../define.js';
import { DholIndicator } from './indicator.js';

define('dhol-indicator', DholIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'dhol-indicator': DholIndicator;
  }
}
