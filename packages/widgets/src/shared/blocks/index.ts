import type { CSSResult } from 'lit';
import { badgeStyles } from './badge.js';
import { cardStyles } from './card.js';
import { tableStyles } from './table.js';
import { timelineStyles } from './timeline.js';

export { type HeadingSize, heading } from '../heading.js';
export { badge, badgeStyles, gapMarker, statusBadge, statusLabel, type Tone } from './badge.js';
export { cardStyles } from './card.js';
export { scrollTable, tableStyles } from './table.js';
export { type TimelinePoint, timeline, timelineStyles } from './timeline.js';

/** The styles of every shared building block, part of every element's base styles. */
export const blockStyles: CSSResult[] = [badgeStyles, cardStyles, tableStyles, timelineStyles];
