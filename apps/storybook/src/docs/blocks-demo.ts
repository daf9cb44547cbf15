import {
  badge,
  gapMarker,
  heading,
  scrollTable,
  statusBadge,
  timeline,
} from '@dhol/widgets/shared/blocks/index.js';
import { baseStyles } from '@dhol/widgets/styles/base.js';
import { css, html, LitElement } from 'lit';

/**
 * The widgets' shared building blocks in one place, drawn with the same styles as the elements (their base
 * styles, inside a shadow root of its own), so a designer sees the whole family and how a theme changes it.
 */
export class DholBlocksDemo extends LitElement {
  static override styles = [
    ...baseStyles,
    css`
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
        gap: 1em;
      }
      .narrow {
        max-inline-size: 16em;
      }
    `,
  ];

  override render() {
    const rows = html`<thead>
        <tr>
          <th part="header-cell" scope="col">Indikator (påhittad)</th>
          <th part="header-cell" scope="col" class="num">Totalt</th>
          <th part="header-cell" scope="col" class="num">Flickor</th>
          <th part="header-cell" scope="col" class="num">Pojkar</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th part="header-cell" scope="row">Exempelvärde</th>
          <td part="cell" class="num">48 %</td>
          <td part="cell" class="num">44 %</td>
          <td part="cell" class="num">52 %</td>
        </tr>
      </tbody>`;
    return html`<div class="dhol" lang="sv">
      ${heading(2, 'Rubriker efter roll, inte nivå', { size: 'section' })}
      ${heading(3, 'Titel (title)', { size: 'title' })} ${heading(4, 'Avsnitt (section)', { size: 'section' })}
      ${heading(5, 'Grupp (group)', { size: 'group' })} ${heading(6, 'Undergrupp (subgroup)', { size: 'subgroup' })}
      ${heading(7, 'Post (item)', { size: 'item' })}
      <p>Brödtext följer sidans storlek. <a href="#byggstenar">En länk</a> visar länkfärgen och fokusringen.</p>

      ${heading(2, 'Märken', { size: 'section' })}
      <p class="row">
        ${badge('Handslag', 'kind')} ${statusBadge('planned', 'sv')} ${statusBadge('ongoing', 'sv')}
        ${statusBadge('completed', 'sv')} ${statusBadge('paused', 'sv')} ${statusBadge('cancelled', 'sv')}
        ${badge('Försenad', 'revision-overdue', 'error')} ${badge('7 aktiviteter', 'count', 'count')}
        ${gapMarker()} <span>Ingen aktivitet</span>
      </p>

      ${heading(2, 'Kort, accent och noter', { size: 'section' })}
      <div class="grid">
        <article class="card accent">
          ${heading(3, 'Ett kort med accent', { size: 'item' })}
          <p>En aktivitet, en part eller ett delmål.</p>
        </article>
        <p class="note accent">En not med accent: så ser stödrutan ut.</p>
        <p class="note warning accent">En varning om uppgifterna i filen.</p>
      </div>

      ${heading(2, 'Tabell', { size: 'section' })}
      ${scrollTable({ id: 'wide', caption: 'En tabell som får plats', body: rows, lang: 'sv' })}
      <div class="narrow">
        ${scrollTable({ id: 'narrow', caption: 'Samma tabell på liten yta', body: rows, lang: 'sv' })}
      </div>

      ${heading(2, 'Tidslinje', { size: 'section' })}
      ${timeline([
        { content: html`Start: <strong>1 januari 2025</strong>`, done: true },
        { content: 'Avstämning varje år' },
        { content: html`Slut: <strong>31 december 2034</strong>`, done: false },
      ])}
    </div>`;
  }
}

if (!customElements.get('dhol-blocks-demo')) customElements.define('dhol-blocks-demo', DholBlocksDemo);
