import { describe, expect, it } from "vitest";
import { bucketStart, shapeSeries, type RawRow } from "@/lib/queries/series";

describe("bucketStart", () => {
  it.each([
    ["2025-03-05", "day", "2025-03-05"],
    ["2025-03-05", "month", "2025-03-01"],
    ["2025-03", "month", "2025-03-01"],
    ["2025-03-05", "week", "2025-03-03"], // Wednesday -> Monday
    ["2025-03-03", "week", "2025-03-03"], // Monday stays
    ["2025-03-09", "week", "2025-03-03"], // Sunday belongs to the week before
    ["2025-01-01", "week", "2024-12-30"], // across a year
  ] as const)("%s by %s -> %s", (key, bucket, want) => {
    expect(bucketStart(key, bucket)).toBe(want);
  });
});

const row = (key: string, values: RawRow["values"]): RawRow => ({ key, values });

describe("shapeSeries", () => {
  it.each<[string, RawRow[], "day" | "week" | "month", { fill?: 0 | null; range?: { from?: string; to?: string } }, { date: string; values: Record<string, number | null> }[]]>([
    ["no rows, no points", [], "day", {}, []],
    [
      "fills missing days with zero and every key",
      [row("2025-01-01", { RU: 2 }), row("2025-01-03", { UA: 1 })],
      "day",
      {},
      [
        { date: "2025-01-01", values: { RU: 2, UA: 0 } },
        { date: "2025-01-02", values: { RU: 0, UA: 0 } },
        { date: "2025-01-03", values: { RU: 0, UA: 1 } },
      ],
    ],
    [
      "adds rows of the same bucket (two attackers on one day)",
      [row("2025-01-01", { RU: 2 }), row("2025-01-01", { RU: 3, UA: 1 })],
      "day",
      {},
      [{ date: "2025-01-01", values: { RU: 5, UA: 1 } }],
    ],
    [
      "folds days into Monday weeks",
      [row("2025-03-03", { RU: 1 }), row("2025-03-09", { RU: 2 }), row("2025-03-10", { RU: 4 })],
      "week",
      {},
      [
        { date: "2025-03-03", values: { RU: 3, UA: 0 } },
        { date: "2025-03-10", values: { RU: 4, UA: 0 } },
      ],
    ],
    [
      "months across a year end",
      [row("2024-12", { RU: 1 }), row("2025-02", { RU: 2 })],
      "month",
      {},
      [
        { date: "2024-12-01", values: { RU: 1, UA: 0 } },
        { date: "2025-01-01", values: { RU: 0, UA: 0 } },
        { date: "2025-02-01", values: { RU: 2, UA: 0 } },
      ],
    ],
    [
      "null fill keeps 'nothing reported' apart from zero; nulls do not add",
      [row("2025-01-01", { RU: null, UA: 4 }), row("2025-01-03", { RU: 0, UA: null })],
      "day",
      { fill: null },
      [
        { date: "2025-01-01", values: { RU: null, UA: 4 } },
        { date: "2025-01-02", values: { RU: null, UA: null } },
        { date: "2025-01-03", values: { RU: 0, UA: null } },
      ],
    ],
    [
      "a filter range widens the axis",
      [row("2025-01-02", { RU: 1 })],
      "day",
      { range: { from: "2025-01-01", to: "2025-01-03" } },
      [
        { date: "2025-01-01", values: { RU: 0, UA: 0 } },
        { date: "2025-01-02", values: { RU: 1, UA: 0 } },
        { date: "2025-01-03", values: { RU: 0, UA: 0 } },
      ],
    ],
  ])("%s", (_name, rows, bucket, opts, want) => {
    expect(shapeSeries(rows, bucket, ["RU", "UA"], opts)).toEqual(want);
  });

  it("does not fill decades of empty days", () => {
    const out = shapeSeries([row("2014-01-01", { RU: 1 }), row("2026-01-01", { RU: 1 })], "day", ["RU"]);
    expect(out.map((p) => p.date)).toEqual(["2014-01-01", "2026-01-01"]);
  });
});
