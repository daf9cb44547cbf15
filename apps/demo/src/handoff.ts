// Handing a dataset between the demo's editor (/redigera/) and its builder (/builder/): one page writes the text to
// localStorage and opens the other, which takes it (and removes it) on load. Nothing leaves the browser.

export type HandoffTarget = 'editor' | 'builder';

export const HANDOFF_KEY = 'dhol-demo:handoff:v1';

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** Leaves `text` for the page `to`; false when the browser keeps nothing (then the user downloads the file). */
export function sendHandoff(to: HandoffTarget, text: string): boolean {
  try {
    storage()?.setItem(HANDOFF_KEY, JSON.stringify({ to, text }));
    return storage() !== undefined;
  } catch {
    return false;
  }
}

/** The text left for this page, removed as it is taken; undefined when there is none. */
export function takeHandoff(to: HandoffTarget): string | undefined {
  const store = storage();
  let raw: string | null = null;
  try {
    raw = store?.getItem(HANDOFF_KEY) ?? null;
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object') return undefined;
    const { to: target, text } = value as { to?: unknown; text?: unknown };
    if (target !== to || typeof text !== 'string') return undefined;
    store?.removeItem(HANDOFF_KEY);
    return text;
  } catch {
    return undefined;
  }
}
