// Re-measure the extraction accuracy that /data shows: runs
// `npm run eval -- DIR --json` on each evaluation folder present and writes
// lib/export/accuracy.json. Usage: npx tsx scripts/refresh-accuracy.ts [DIR...]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { summarise, type Accuracy } from "../lib/export/accuracy";
import { EXTRACTOR_VERSION } from "../lib/extract";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "lib", "export", "accuracy.json");
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ["../shared/eval/dev", "../shared/eval/dev-uk-ru"];

/** The eval's --json output: the last line (or block) of stdout that parses as JSON. */
function lastJson(stdout: string): unknown {
  const trimmed = stdout.trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    const lines = trimmed.split("\n");
    for (let i = lines.length - 1; i >= 0; i--) {
      try {
        return JSON.parse(lines.slice(i).join("\n"));
      } catch {
        /* keep looking upwards */
      }
    }
  }
  throw new Error("eval printed no JSON");
}

const sets = [];
for (const dir of dirs) {
  if (!fs.existsSync(path.resolve(ROOT, dir))) {
    console.error(`skipping ${dir}: not found`);
    continue;
  }
  const r = spawnSync("npm", ["run", "--silent", "eval", "--", dir, "--json"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0 && !r.stdout.trim()) {
    console.error(`eval on ${dir} failed (status ${r.status}):\n${r.stderr}`);
    process.exit(1);
  }
  const set = summarise(dir, lastJson(r.stdout));
  if (set.f1 === null) {
    console.error(`eval on ${dir}: no F1 found in its JSON output`);
    process.exit(1);
  }
  sets.push(set);
  console.log(`${dir}: P ${set.precision} R ${set.recall} F1 ${set.f1}`);
}
if (sets.length === 0) {
  console.error("no evaluation folder found; nothing written");
  process.exit(1);
}
const out: Accuracy = { measuredAt: new Date().toISOString().slice(0, 10), extractorVersion: EXTRACTOR_VERSION, sets };
fs.writeFileSync(OUT, JSON.stringify(out, null, 2) + "\n");
console.log(`wrote ${path.relative(ROOT, OUT)}`);
