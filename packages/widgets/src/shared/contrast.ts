let canvas: CanvasRenderingContext2D | null | undefined;

/** A computed colour in sRGB channels 0–255, whatever form it takes (`rgb()`, `oklch()` …): a canvas paints it. */
function channels(colour: string): Uint8ClampedArray | undefined {
  canvas ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!canvas) return undefined;
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = colour;
  canvas.fillRect(0, 0, 1, 1);
  return canvas.getImageData(0, 0, 1, 1).data;
}

function luminance(colour: string): number | undefined {
  const rgb = channels(colour);
  if (!rgb) return undefined;
  const [r = 0, g = 0, b = 0] = [...rgb].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast of two colours as the browser computes them (`getComputedStyle`); undefined without a canvas. */
export function contrastRatio(a: string, b: string): number | undefined {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === undefined || lb === undefined) return undefined;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
