import { define } from '../../define.js';
import { DholCoverage } from './coverage.js';

define('dhol-coverage', DholCoverage);

declare global {
  interface HTMLElementTagNameMap {
    'dhol-coverage': DholCoverage;
  }
}
