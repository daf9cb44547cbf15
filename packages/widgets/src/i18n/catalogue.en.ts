import type { ContentKey, Entry } from './catalogue.js';

/**
 * The English of the shared strings but the loading and error states' (in `catalogue.ts`). The folder build loads it
 * in a chunk of its own, only for an element whose language is English (see `english.ts`).
 */
export const en: Record<ContentKey, Entry> = {
  'structure.invalid': (p) => `The value does not follow the format: ${p.detail}`,
  'link.external': '(external link)',
  'table.scroll': 'The table is wider than the space: scroll sideways to see all of it.',
  'table.region': (p) => `Table: ${p.caption}`,
  'status.planned': 'Planned',
  'status.ongoing': 'Ongoing',
  'status.completed': 'Completed',
  'status.paused': 'Paused',
  'status.cancelled': 'Cancelled',
  'fictional.notice':
    'Invented example. This is not real data: the organisations, activities and everything reported are invented to show how the tool works.',
};
