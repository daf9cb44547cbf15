/**
 * The one-file build's `widgets.ts`: the widgets are in the file and defined with it. (A dynamic import there would
 * make esbuild wrap every module for lazy evaluation: 15 KB gzip more.)
 */
import '@dhol/widgets';

export const loadWidgets = (): Promise<unknown> => Promise.resolve();
