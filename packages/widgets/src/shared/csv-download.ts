/**
 * The file behind an element's CSV download link, written in the browser (no request leaves the page) when a reader
 * reaches for the link: put `update` on its click, focus, pointerenter and contextmenu. The CSV of a large table
 * costs as much as drawing it, so it is written then, once per `source` (what it is made from), as a Blob address
 * that is revoked when another replaces it and on `revoke`. One helper for the three elements that offer a CSV.
 */
export class CsvDownload<T> {
  private url?: string;
  /** What the live address was made from; undefined when there is none. */
  made?: T;

  /**
   * @param source What the CSV would be made from now; undefined when there is nothing to download yet.
   * @param text The CSV of a source.
   */
  constructor(
    private readonly source: () => T | undefined,
    private readonly text: (source: T) => string,
  ) {}

  /** Points the link the event is on at the CSV of the current source, written if it is not yet. */
  readonly update = (event: Event): void => {
    const link = event.currentTarget as HTMLAnchorElement | null;
    const source = this.source();
    if (!link || source === undefined || typeof URL.createObjectURL !== 'function') return;
    if (this.made !== source) {
      this.revoke();
      this.url = URL.createObjectURL(new Blob([this.text(source)], { type: 'text/csv;charset=utf-8' }));
      this.made = source;
    }
    if (this.url) link.href = this.url;
  };

  /** Lets the address go; with `root`, its download link points nowhere until a reader reaches for it again. */
  revoke(root?: ParentNode): void {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
    this.made = undefined;
    root?.querySelector?.('a[download]')?.setAttribute('href', '#');
  }
}
