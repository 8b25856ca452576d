// Held-out regression guard: scores the extractor on tests/fixtures/holdout exactly as `npm run eval` does
// (same extract() call, same scoreReport). These reports are never to be tuned against; the threshold is the
// baseline measured in tests/fixtures/holdout/BASELINE.txt minus 0.03, a floor against regressions, not a target.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../lib/extract";
import { emptyScore, scoreReport } from "../../lib/extract/eval/score";

const BASELINE_F1 = 0.784; // commit 27350a6, see BASELINE.txt
const dir = path.resolve(__dirname, "..", "fixtures", "holdout");

function scoreHoldout() {
  const acc = emptyScore();
  let reports = 0;
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(".gold.json")) continue;
    const stem = f.slice(0, -".gold.json".length);
    const txt = path.join(dir, stem + ".txt");
    if (!existsSync(txt)) continue;
    const gold = JSON.parse(readFileSync(path.join(dir, f), "utf8"));
    const metaPath = path.join(dir, stem + ".meta.json");
    const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, "utf8")) : {};
    const x = extract({ text: readFileSync(txt, "utf8"), published: meta.published, title: meta.title, url: meta.url, publisher: meta.publisher });
    scoreReport(stem, gold.incidents ?? [], x.incidents, acc);
    reports++;
  }
  return { acc, reports };
}

describe("holdout", () => {
  it(`F1 on tests/fixtures/holdout >= ${(BASELINE_F1 - 0.03).toFixed(3)} (baseline ${BASELINE_F1} - 0.03)`, () => {
    const { acc, reports } = scoreHoldout();
    const pct = (x: number) => (x * 100).toFixed(1) + "%";
    console.log(`holdout: ${reports} reports  precision ${pct(acc.precision)}  recall ${pct(acc.recall)}  F1 ${pct(acc.f1)}  place ${pct(acc.placeAccuracy)}`);
    expect(reports).toBe(24);
    expect(acc.f1).toBeGreaterThanOrEqual(BASELINE_F1 - 0.03);
  });
});
