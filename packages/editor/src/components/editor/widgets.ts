/**
 * Reads and defines the widgets the preview shows. They are over a third of the editor's code and the start view
 * needs none of them, so a build that can split (a bundler, the folder build `dist/cdn/editor/`) loads them apart,
 * when a preview first shows. The one-file build puts `widgets.eager.ts` in this module's place.
 */
export const loadWidgets = (): Promise<unknown> => import('@dhol/widgets');
