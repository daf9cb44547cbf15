import { html, LitElement } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { mount, unmountAll } from '../../../test/helpers.js';
import { baseStyles } from '../../styles/base.js';
import { gapMarker } from './badge.js';
import { timeline } from './timeline.js';

// Every element carries every block's styles, so one block's rules must not reach another's markup: the
// timeline's turned, absolutely placed marker once took the gap marker (and the overview's marks) out of its cell.

class BlocksFixture extends LitElement {
  static override styles = baseStyles;
  override render() {
    return html`<div class="dhol">
      <table>
        <tbody>
          <tr>
            <td id="gap">${gapMarker()} Ingen (lucka)</td>
            <td id="overview"><span class="marker" aria-hidden="true">!</span> 2</td>
          </tr>
        </tbody>
      </table>
      ${timeline([
        { content: '2026', done: true },
        { content: '2027', done: false },
      ])}
    </div>`;
  }
}
customElements.define('dhol-blocks-fixture', BlocksFixture);

afterEach(unmountAll);

/** Whether `inner` lies within `outer` on the page. */
function inside(inner: Element, outer: Element): boolean {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
}

test('a gap marker and the overview marks stay in their cells, upright; the timeline markers are turned', async () => {
  const el = mount<BlocksFixture>(html`<dhol-blocks-fixture></dhol-blocks-fixture>`);
  await el.updateComplete;
  const root = el.shadowRoot as ShadowRoot;
  for (const [cell, mark] of [
    ['#gap', '[part~="gap-marker"]'],
    ['#overview', '.marker'],
  ] as const) {
    const marker = root.querySelector(`${cell} ${mark}`) as HTMLElement;
    const style = getComputedStyle(marker);
    expect(style.position, cell).toBe('static');
    expect(style.transform, cell).toBe('none');
    expect(inside(marker, root.querySelector(cell) as Element), `${cell} holds its marker`).toBe(true);
  }
  const points = [...root.querySelectorAll('[part~="timeline-marker"]')];
  expect(points).toHaveLength(2);
  for (const point of points) expect(getComputedStyle(point).transform).not.toBe('none');
});
