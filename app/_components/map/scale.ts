// Shading classes for the region map: quantile breaks over the regions that
// have a figure, so one region with a huge toll does not wash out the rest.
import { NO_DATA, SHADES } from "../colors";

export interface Scale {
  /** Inclusive upper bound of each class, ascending. */
  bounds: number[];
  colors: string[];
  color(v: number | null | undefined): string;
}

export function makeScale(values: (number | null | undefined)[]): Scale {
  const nz = values.filter((v): v is number => typeof v === "number" && v > 0).sort((a, b) => a - b);
  const k = Math.min(SHADES.length, new Set(nz).size);
  const bounds: number[] = [];
  for (let i = 1; i <= k; i++) {
    const b = nz[Math.min(nz.length - 1, Math.ceil((i / k) * nz.length) - 1)];
    if (bounds.length === 0 || b > bounds[bounds.length - 1]) bounds.push(b);
  }
  // Spread the classes over the whole palette so two classes still differ clearly.
  const colors = bounds.map((_, i) => SHADES[bounds.length === 1 ? 3 : Math.round((i * (SHADES.length - 1)) / (bounds.length - 1))]);
  return {
    bounds,
    colors,
    color(v) {
      if (typeof v !== "number" || v <= 0) return NO_DATA;
      const i = bounds.findIndex((b) => v <= b);
      // Above every bound (or a scale made without figures): the darkest shade.
      return i === -1 ? SHADES[SHADES.length - 1] : colors[i];
    },
  };
}

/** Legend rows: "1–3", "4–10", … */
export function legendRows(s: Scale): { label: string; color: string }[] {
  return s.bounds.map((b, i) => {
    const lo = i === 0 ? 1 : s.bounds[i - 1] + 1;
    return { label: lo === b ? b.toLocaleString("en-GB") : `${lo.toLocaleString("en-GB")}–${b.toLocaleString("en-GB")}`, color: s.colors[i] };
  });
}
