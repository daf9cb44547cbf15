import { sormlandHandlingsplan2026 } from '@dhol/data';
import { html } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { mount, nextState, unmountAll } from '../../test/helpers.js';
import '../components/plan/dhol-plan.js';
import type { DholElement } from './dhol-element.js';

afterEach(unmountAll);

// This file's first test must be the first drawing of its page: the formatters are built once per page.
test('the date formats a first drawing needs are built in tasks before it, not in its own', async () => {
  const descriptor = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format');
  const statesAtFirstUse: string[] = [];
  let el: DholElement | undefined;
  Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
    configurable: true,
    get() {
      if (statesAtFirstUse.length === 0) statesAtFirstUse.push(el?.state ?? 'no element');
      return descriptor?.get?.call(this);
    },
  });
  try {
    el = mount<DholElement>(
      html`<dhol-plan .now=${'2026-12-05'} .data=${structuredClone(sormlandHandlingsplan2026)}></dhol-plan>`,
    );
    expect(await nextState(el)).toBe('content');
    // The plan's document information formats dates; the first date was formatted while the plan still waited for
    // its turn, by the warm-up, not in the plan's drawing.
    expect(statesAtFirstUse).toEqual(['loading']);
  } finally {
    if (descriptor) Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', descriptor);
  }
});
