import { define } from '../../define.js';
import { DholFramework } from './framework.js';

define('dhol-framework', DholFramework);

declare global {
  interface HTMLElementTagNameMap {
    'dhol-framework': DholFramework;
  }
}
