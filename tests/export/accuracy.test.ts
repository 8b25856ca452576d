import { describe, expect, it } from "vitest";
import { ACCURACY, summarise } from "@/lib/export/accuracy";

describe("accuracy shown on /data", () => {
  it("reads the eval command's --json output", () => {
    const out = { reports: 33, precision: 0.96, recall: 0.94, f1: 0.95, placeAccuracy: 0.91, slots: { correct: 180, predicted: 187, gold: 191 } };
    expect(summarise("../shared/eval/dev", out)).toEqual({ dir: "../shared/eval/dev", reports: 33, precision: 0.96, recall: 0.94, f1: 0.95, placeAccuracy: 0.91 });
  });

  it("finds figures one level down and reports missing ones as null", () => {
    expect(summarise("d", { overall: { precision: 0.5, recall: 0.25, f1: 0.33 } })).toMatchObject({ precision: 0.5, recall: 0.25, f1: 0.33, placeAccuracy: null });
  });

  it("the committed file holds a dated measurement with scores between 0 and 1", () => {
    expect(ACCURACY.measuredAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ACCURACY.sets.length).toBeGreaterThan(0);
    for (const s of ACCURACY.sets) for (const v of [s.precision, s.recall, s.f1]) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(1);
  });
});
