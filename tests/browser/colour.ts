/** Computed colours as Chromium reports them, and WCAG contrast between them. */

export type Rgba = [number, number, number, number];

/** A computed colour, `rgb(r, g, b)` or `rgba(r, g, b, a)` (Chromium's form for hex and rgb() values). */
export function rgba(value: string): Rgba {
  const match = /^rgba?\((\d+(?:\.\d+)?), (\d+(?:\.\d+)?), (\d+(?:\.\d+)?)(?:, (\d*(?:\.\d+)?))?\)$/.exec(value);
  if (!match) throw new Error(`Not a computed sRGB colour: "${value}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
}

/** `#rrggbb` as Chromium computes it: `rgb(r, g, b)`. */
export function hexToRgb(hex: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) throw new Error(`Not a #rrggbb colour: "${hex}"`);
  return `rgb(${match
    .slice(1, 4)
    .map((pair) => Number.parseInt(pair as string, 16))
    .join(", ")})`;
}

/** WCAG 2.2 contrast ratio of two opaque colours. */
export function contrast(first: Rgba, second: Rgba): number {
  const luminance = ([r, g, b]: Rgba) => {
    const [lr, lg, lb] = [r, g, b].map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
