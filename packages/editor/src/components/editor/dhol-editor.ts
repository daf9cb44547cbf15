import '../../sections/index.js';
import { define } from '@dhol/widgets/define.js';
import { DholEditor } from './editor.js';

define('dhol-editor', DholEditor);

declare global {
  interface HTMLElementTagNameMap {
    'dhol-editor': DholEditor;
  }
}
