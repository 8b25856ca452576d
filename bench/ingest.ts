// npm run bench:ingest [-- N]: ingest N (default 10,000) reports generated
// from the demo corpus into a temporary database, through the same service
// as `npm run ingest` (real extractor, one transaction per article).
// Each generated report is a demo report with its dates shifted, its city
// swapped and a bulletin number, so every content hash differs.
// Prints reports/s and peak RSS; the last line is one JSON object.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { EXTRACTOR_VERSION, extract } from "../lib/extract";
import { ingestEvents } from "../lib/services/batch";
import { readInputs, type InputEvent } from "../lib/services/readers";
import type { ReportRecord } from "../lib/services/ingest";
import { SqliteRunner } from "../lib/services/runner";

const N = Number(process.argv[2] ?? 10_000);
const DEMO = path.resolve(__dirname, "..", "demo", "reports");
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const CITIES = ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Sumy", "Kherson", "Mykolaiv", "Zaporizhzhia", "Chernihiv", "Poltava"];
const CITY_RE = new RegExp(`\\b(${CITIES.join("|")})\\b`, "g");

const iso = (d: Date) => d.toISOString().slice(0, 10);
const shift = (s: string, days: number) => {
  const d = new Date(`${s}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
};

function vary(t: ReportRecord, i: number, days: number): ReportRecord {
  const city = CITIES[i % CITIES.length];
  let text = t.text
    .replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (s) => iso(shift(s, days)))
    .replace(new RegExp(`\\b(${MONTHS.join("|")}) (\\d{1,2}), (\\d{4})\\b`, "g"), (_, m, d, y) => {
      const x = shift(`${y}-${String(MONTHS.indexOf(m) + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`, days);
      return `${MONTHS[x.getUTCMonth()]} ${x.getUTCDate()}, ${x.getUTCFullYear()}`;
    })
    .replace(CITY_RE, city);
  text += `\n(Bulletin ${i + 1}.)`;
  const pub = t.published ? new Date(new Date(String(t.published)).getTime() + days * 86_400_000) : null;
  return { ...t, text, published: pub, url: t.url ? `${t.url}#bench-${i}` : null, sourceKey: `bench:${i}`, sourceKind: "file" };
}

async function templates(): Promise<ReportRecord[]> {
  const out: ReportRecord[] = [];
  for await (const ev of readInputs([DEMO])) if (ev.kind === "report") out.push(ev.record);
  return out;
}

async function* generate(base: ReportRecord[]): AsyncGenerator<InputEvent> {
  for (let i = 0; i < N; i++) {
    const t = base[i % base.length];
    yield { kind: "report", label: `bench#${i}`, record: vary(t, i, Math.floor(i / base.length) * 3) };
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sw-bench-ingest-"));
  const file = path.join(dir, "bench.db");
  await migrate(file);
  const db = createDb(file);
  // The CLI's bulk path (direct SQLite handle); BENCH_PRISMA=1 measures the Prisma path the web form uses.
  const fast = process.env.BENCH_PRISMA ? undefined : new SqliteRunner(file);
  const base = await templates();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const rssAt: number[] = [];
  const t0 = performance.now();
  let lastLog = t0;
  // Time spent in the extractor, to tell extraction from storage in the figures.
  let extractMs = 0;
  const timedExtract: typeof extract = (input) => {
    const t = performance.now();
    try {
      return extract(input);
    } finally {
      extractMs += performance.now() - t;
    }
  };
  const summary = await ingestEvents(db, generate(base), {
    extract: timedExtract,
    fast,
    onOutcome: (_o, s) => {
      const done = s.new + s.updated + s.unchanged + s.failed;
      if (done % 1000 === 0) rssAt.push(Math.round(process.memoryUsage().rss / 1048576));
      const now = performance.now();
      if (now - lastLog > 5000) {
        lastLog = now;
        console.log(`${done} reports, ${(done / ((now - t0) / 1000)).toFixed(0)}/s`);
      }
    },
  });
  const secs = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  fast?.close();
  const [incidents, claims] = await Promise.all([db.incident.count(), db.claim.count()]);
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
  const result = {
    bench: "ingest",
    path: fast ? "sqlite-direct" : "prisma",
    reports: N,
    seconds: Number(secs.toFixed(2)),
    reportsPerSecond: Math.round(N / secs),
    extractSeconds: Number((extractMs / 1000).toFixed(2)),
    storeSeconds: Number((secs - extractMs / 1000).toFixed(2)),
    peakRssMB: Math.round(peak / 1048576),
    rssEvery1000MB: rssAt,
    new: summary.new,
    unchanged: summary.unchanged,
    failed: summary.failed,
    claims,
    incidents,
    extractorVersion: EXTRACTOR_VERSION,
    targetSeconds: 60,
  };
  console.log(`ingested ${N} reports in ${result.seconds} s (${result.reportsPerSecond}/s), peak RSS ${result.peakRssMB} MB, ${claims} claims, ${incidents} incidents`);
  console.log(JSON.stringify(result));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
