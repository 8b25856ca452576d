// npm run eval -- DIR [--json] [--verbose]: score the extractor on DIR's NAME.gold.json (SPEC "Scoring").
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../lib/extract";
import { emptyScore, scoreReport } from "../lib/extract/eval/score";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--"));
if (!dir) { console.error("usage: npm run eval -- DIR [--json] [--verbose]"); process.exit(2); }
const acc = emptyScore();
let reports = 0;
for (const f of readdirSync(dir).sort()) {
  if (!f.endsWith(".gold.json")) continue;
  const stem = f.slice(0, -".gold.json".length);
  const txt = join(dir, stem + ".txt");
  if (!existsSync(txt)) continue;
  const gold = JSON.parse(readFileSync(join(dir, f), "utf8"));
  const metaPath = join(dir, stem + ".meta.json");
  const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, "utf8")) : {};
  const x = extract({ text: readFileSync(txt, "utf8"), published: meta.published, title: meta.title, url: meta.url, publisher: meta.publisher });
  scoreReport(stem, gold.incidents ?? [], x.incidents, acc);
  reports++;
}
const summary = { reports, precision: acc.precision, recall: acc.recall, f1: acc.f1, placeAccuracy: acc.placeAccuracy,
  slots: { correct: acc.tp, predicted: acc.predicted, gold: acc.gold }, place: { correct: acc.placeCorrect, total: acc.placeTotal } };
if (args.includes("--json")) {
  console.log(JSON.stringify(args.includes("--verbose") ? { ...summary, diffs: acc.diffs } : summary, null, 2));
} else {
  const pct = (x: number) => (x * 100).toFixed(1) + "%";
  console.log(`${reports} reports  precision ${pct(acc.precision)}  recall ${pct(acc.recall)}  F1 ${pct(acc.f1)}  place accuracy ${pct(acc.placeAccuracy)} (${acc.placeCorrect}/${acc.placeTotal})`);
  console.log(`slots: ${acc.tp} correct, ${acc.predicted} predicted, ${acc.gold} gold`);
  if (args.includes("--verbose")) for (const d of acc.diffs)
    console.log(`${d.kind.padEnd(6)} ${d.report}  ${d.key}  ${d.field}${d.gold !== undefined ? "  gold=" + d.gold : ""}${d.predicted !== undefined ? "  predicted=" + d.predicted : ""}`);
}
