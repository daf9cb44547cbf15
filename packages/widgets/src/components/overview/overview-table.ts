import { html, nothing, type TemplateResult } from 'lit';

/** A column's sort order: `ascending` or `descending`, as `aria-sort` says it. */
export type SortDirection = 'ascending' | 'descending';

/** The column a table is sorted by, and in which direction. */
export interface SortState {
  column: string;
  direction: SortDirection;
}

/** What a column sorts by: a number or a text; undefined sorts last in either direction. */
export type SortValue = number | string | undefined;

/**
 * Rows in the order of `sort`, by each row's value for the sorted column; rows without a value last whichever the
 * direction, and ties in their given order. Without a sort, the rows as given.
 */
export function sortRows<T>(
  rows: readonly T[],
  sort: SortState | undefined,
  valueIn: (row: T, column: string) => SortValue,
  collator: Intl.Collator,
): T[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, value: valueIn(row, sort.column) }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      if (a.value === b.value) return a.index - b.index;
      return a.value === undefined ? 1 : -1;
    }
    const order =
      typeof a.value === 'number' && typeof b.value === 'number'
        ? a.value - b.value
        : collator.compare(String(a.value), String(b.value));
    return order === 0 ? a.index - b.index : sign * order;
  });
  return keyed.map((entry) => entry.row);
}

/** The next sort when a column's button is pressed: ascending first, then the other way. */
export function nextSort(current: SortState | undefined, column: string): SortState {
  return current?.column === column && current.direction === 'ascending'
    ? { column, direction: 'descending' }
    : { column, direction: 'ascending' };
}

/**
 * A column header whose button sorts the table by it (the APG sortable table: `aria-sort` on the sorted column's
 * header, the button named by the column). The arrow is decoration; the state is in `aria-sort`.
 */
export function sortableHeader(
  label: string,
  column: string,
  sort: SortState | undefined,
  onSort: (column: string) => void,
  className = '',
): TemplateResult {
  const direction = sort?.column === column ? sort.direction : undefined;
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  return html`<th scope="col" class=${className || nothing} aria-sort=${direction ?? nothing}>
    <button type="button" part="sort" class="sort" data-column=${column} @click=${() => onSort(column)}>
      ${label}<span class="sort-arrow" aria-hidden="true">${arrow}</span>
    </button>
  </th>`;
}
