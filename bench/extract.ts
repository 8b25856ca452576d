// npm run bench:extract: extraction throughput per language over >= 5 MB of report text each
// (dev reports repeated), single thread. Last line: one JSON object with the figures.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { cpus, loadavg } from "node:os";
import { extract } from "../lib/extract";
import type { Language } from "../lib/extract/types";

const shared = resolve(process.cwd(), "..", "shared");
const sources = [join(shared, "eval", "dev"), join(shared, "eval", "dev-uk-ru"), join(shared, "seeds")];
const byLang: Record<Language, { text: string; published: string | null }[]> = { en: [], uk: [], ru: [] };
for (const dir of sources) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir)) {
    if (!f.endsWith(".txt")) continue;
    const text = readFileSync(join(dir, f), "utf8");
    const metaPath = join(dir, f.replace(/\.txt$/, ".meta.json"));
    const published = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, "utf8")).published : null;
    const lang: Language = f.startsWith("uk") ? "uk" : f.startsWith("ru") ? "ru" : "en";
    byLang[lang].push({ text, published });
  }
}
if (!byLang.en.length) { console.error(`no reports found under ${shared}/eval: nothing to bench`); process.exit(1); }

const TARGET = Number(process.env.BENCH_MB ?? 5) * 1024 * 1024;
let peak = process.memoryUsage().rss;
// The machine is shared: wall-clock MB/s depends on other processes, so CPU-time MB/s is printed
// beside it (this process's user+system time over all its threads: V8's GC threads count too, so
// on an idle machine the wall-clock figure is the single-core one).
const results: Record<string, { reports: number; mb: number; seconds: number; cpuSeconds: number; reportsPerSec: number; mbPerSec: number; mbPerCpuSec: number }> = {};
for (const lang of ["en", "uk", "ru"] as Language[]) {
  const docs = byLang[lang];
  if (!docs.length) continue;
  // warm-up (lexicon compilation, JIT)
  for (const d of docs) extract({ ...d, language: lang });
  let bytes = 0, reports = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  while (bytes < TARGET) {
    for (const d of docs) {
      extract({ ...d, language: lang });
      bytes += Buffer.byteLength(d.text, "utf8");
      reports++;
    }
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cu = process.cpuUsage(c0);
  const cpuSeconds = (cu.user + cu.system) / 1e6;
  const mb = bytes / 1024 / 1024;
  results[lang] = { reports, mb: +mb.toFixed(2), seconds: +seconds.toFixed(2), cpuSeconds: +cpuSeconds.toFixed(2),
    reportsPerSec: +(reports / seconds).toFixed(1), mbPerSec: +(mb / seconds).toFixed(2), mbPerCpuSec: +(mb / cpuSeconds).toFixed(2) };
  console.log(`${lang}: ${reports} reports, ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s CPU) -> ` +
    `${(reports / seconds).toFixed(0)} reports/s, ${(mb / seconds).toFixed(2)} MB/s wall, ${(mb / cpuSeconds).toFixed(2)} MB/s per CPU second (all threads)`);
}
// one huge input must stay linear: 5 MB in a single report
const huge = byLang.en.map((d) => d.text).join("\n\n");
let big = huge;
while (big.length < TARGET) big += "\n\n" + huge;
const t1 = process.hrtime.bigint();
extract({ text: big, published: "2025-01-01" });
const hugeSec = Number(process.hrtime.bigint() - t1) / 1e9;
peak = Math.max(peak, process.memoryUsage().rss);
console.log(`single ${(big.length / 1024 / 1024).toFixed(1)} MB report: ${hugeSec.toFixed(2)} s`);
console.log(`peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
console.log(JSON.stringify({ ...results, singleHugeReportSeconds: +hugeSec.toFixed(2), peakRssMB: Math.round(peak / 1024 / 1024) }));
