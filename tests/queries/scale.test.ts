// The map's shading classes (app/_components/map/scale.ts): pure, so tested here with the queries.
import { describe, expect, it } from "vitest";
import { legendRows, makeScale } from "@/app/_components/map/scale";
import { NO_DATA, SHADES } from "@/app/_components/colors";

describe("makeScale", () => {
  it("no figures: every region unshaded, empty legend", () => {
    const s = makeScale([null, 0, undefined]);
    expect(s.bounds).toEqual([]);
    expect(s.color(0)).toBe(NO_DATA);
    expect(s.color(5)).toBe(SHADES[SHADES.length - 1]);
    expect(legendRows(s)).toEqual([]);
  });
  it("zero and null stay unshaded; the largest value gets the darkest shade", () => {
    const s = makeScale([1, 2, 3, 4, 5, 6, 100, null, 0]);
    expect(s.color(0)).toBe(NO_DATA);
    expect(s.color(null)).toBe(NO_DATA);
    expect(s.color(100)).toBe(SHADES[SHADES.length - 1]);
    expect(s.color(1)).toBe(SHADES[0]);
  });
  it("quantile classes: one outlier does not wash out the rest", () => {
    const s = makeScale([1, 2, 3, 4, 5, 1000]);
    expect(new Set([1, 2, 3, 4, 5].map((v) => s.color(v))).size).toBe(5);
  });
  it("legend rows cover 1..max without gaps", () => {
    const s = makeScale([1, 3, 10, 11, 40]);
    const rows = legendRows(s);
    expect(rows[0].label.startsWith("1")).toBe(true);
    expect(rows.at(-1)!.label.endsWith("40")).toBe(true);
    expect(rows.map((r) => r.label)).toEqual(["1", "2–3", "4–10", "11", "12–40"]);
  });
  it("one distinct value: a single mid shade", () => {
    const s = makeScale([7, 7, 7]);
    expect(s.bounds).toEqual([7]);
    expect(legendRows(s)).toEqual([{ label: "1–7", color: SHADES[3] }]);
  });
});
