// Scores the extractor on the dev sets exactly as the eval command does, and checks robustness.
import { describe, expect, it } from "vitest";
import { extract } from "../../lib/extract";
import { emptyScore, scoreReport } from "../../lib/extract/eval/score";
import { loadReports } from "./helpers";

function score(rel: string) {
  const reports = loadReports(rel)!;
  const acc = emptyScore();
  for (const r of reports) if (r.gold) scoreReport(r.name, r.gold.incidents, extract({ text: r.text, ...r.meta }).incidents, acc);
  return acc;
}

const dev = loadReports("eval/dev"), devUkRu = loadReports("eval/dev-uk-ru"), seeds = loadReports("seeds");

describe("eval", () => {
  it.skipIf(!dev)(`English dev: F1 >= 0.85, precision >= 0.85${dev ? "" : " (skipped: ../shared/eval/dev is absent)"}`, () => {
    const s = score("eval/dev");
    expect(s.f1).toBeGreaterThanOrEqual(0.85);
    expect(s.precision).toBeGreaterThanOrEqual(0.85);
  });
  it.skipIf(!devUkRu)(`Ukrainian/Russian dev: F1 >= 0.80, precision >= 0.85${devUkRu ? "" : " (skipped: ../shared/eval/dev-uk-ru is absent)"}`, () => {
    const s = score("eval/dev-uk-ru");
    expect(s.f1).toBeGreaterThanOrEqual(0.8);
    expect(s.precision).toBeGreaterThanOrEqual(0.85);
  });
  it.skipIf(!dev || !seeds)("no dev or seed report throws, and languages are detected", () => {
    for (const r of [...dev!, ...devUkRu ?? [], ...seeds!]) {
      const x = extract({ text: r.text, published: r.meta.published });
      expect(x.language).toBe(r.name.startsWith("uk") ? "uk" : r.name.startsWith("ru") ? "ru" : "en");
    }
  });
  it("scores slots as SPEC says", () => {
    const g = [{ date: "2024-01-01", country: "UA", region: "UA-63", place: "Kharkiv", attacker: "RU", killed: 2, injured: 5 }];
    const p = [{ date: "2024-01-01", country: "UA", region: "UA-63", place: "Kharkiv", attacker: "RU", killed: 2, injured: 4 },
      { date: "2024-01-01", country: "UA", region: null, place: null, attacker: "RU", killed: null, injured: null }];
    const s = scoreReport("x", g as any, p as any);
    expect([s.tp, s.predicted, s.gold]).toEqual([2, 4, 3]);
    expect(s.placeAccuracy).toBe(1);
  });
});

describe("robustness", () => {
  it("never throws on odd input", () => {
    const odd = ["", " ", "\u0000\u0001\uffff", "1".repeat(10000), "a. ".repeat(20000), "Kyiv ".repeat(5000), "🔥💥".repeat(1000),
      String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65535))];
    for (const text of odd) expect(() => extract({ text, published: "2024-01-01" })).not.toThrow();
    expect(() => extract({ text: null as unknown as string })).not.toThrow();
    expect(extract({ text: "" }).incidents).toEqual([]);
  });
  it("stays linear on one big report", () => {
    const para = "Russia launched 40 drones at Ukraine overnight, the air force said. A missile hit Odesa, killing 2 people.\n";
    const t0 = performance.now();
    extract({ text: para.repeat(500), published: "2024-01-01" });
    const small = performance.now() - t0;
    const t1 = performance.now();
    extract({ text: para.repeat(5000), published: "2024-01-01" });
    expect(performance.now() - t1).toBeLessThan(Math.max(small, 50) * 30);
  });
});
