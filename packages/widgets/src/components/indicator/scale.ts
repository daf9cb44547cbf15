/** A linear map from a value domain to a pixel range, with round tick values. Small on purpose: no chart library. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

/** A step of 1, 2 or 5 times a power of ten that splits `span` into about `count` parts. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * A scale from `[min, max]` (widened to include 0 and to round tick values) onto `[start, end]` pixels. Bars and
 * lines share a zero baseline so that the height of a bar is honest. Non-finite input gives the domain 0–1.
 */
export function linearScale(
  min: number,
  max: number,
  start: number,
  end: number,
  tickCount = 5,
): LinearScale {
  let low = Number.isFinite(min) ? Math.min(0, min) : 0;
  let high = Number.isFinite(max) ? Math.max(0, max) : 1;
  if (high === low) high = low + 1;
  const step = niceStep(high - low, tickCount);
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  // Rounding to the step's precision keeps 0.30000000000000004 out of the labels.
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  for (let tick = low; tick <= high + step / 2; tick += step) ticks.push(Number(tick.toFixed(digits)));
  const ratio = (end - start) / (high - low);
  const scale = ((value: number) => start + (value - low) * ratio) as LinearScale;
  Object.defineProperties(scale, {
    domain: { value: [low, high] as const },
    ticks: { value: ticks },
  });
  return scale;
}
