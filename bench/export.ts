// npm run bench:export [-- --incidents N]: builds a temporary database of
// 100,000 incidents (500,000 claims) with the dashboard's generator, then
// downloads every export through its route handler and walks the paged API.
// Per export: time to first byte, to the first data rows, total, bytes and
// the peak resident memory while it ran. Last line: one JSON object.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { handleExport } from "@/lib/export/handler";
import { EXPORT_KINDS, EXPORTS } from "@/lib/export/formats";
import { handleIncidents } from "@/lib/api/handlers";
import { generateLargeDb } from "@/scripts/generate-large-db";

const argIncidents = process.argv.indexOf("--incidents");
const N = argIncidents > 0 ? Number(process.argv[argIncidents + 1]) : 100_000;
const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;

/** Peak RSS and JS heap, sampled every 20 ms between start and stop(). */
function memWatch() {
  let rss = process.memoryUsage.rss();
  let heap = process.memoryUsage().heapUsed;
  const sample = () => {
    rss = Math.max(rss, process.memoryUsage.rss());
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 20);
  return { stop: () => (clearInterval(timer), sample(), { rss, heap }) };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "strikewatch-bench-export-"));
  const file = path.join(dir, "bench.db");
  try {
    const gen = await generateLargeDb(file, { incidents: N, claims: N * 5 });
    console.error(`generated ${gen.incidents} incidents, ${gen.claims} claims in ${gen.ms} ms`);
    const db = createDb(file);
    const exports: Record<string, unknown> = {};
    // Warm up: the first query pays for opening the file and compiling statements.
    const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    await handleExport(db, new Request(`http://bench/?from=${lastWeek}`), "acled").text();
    global.gc?.();

    for (const kind of EXPORT_KINDS) {
      const before = process.memoryUsage.rss();
      const watch = memWatch();
      const t0 = performance.now();
      const res = handleExport(db, new Request(`http://bench/api/export/${EXPORTS[kind].file}`), kind);
      const reader = res.body!.getReader();
      let ttfb = 0;
      let firstRows = 0;
      let bytes = 0;
      let chunks = 0;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        if (chunks === 0) ttfb = performance.now() - t0;
        if (chunks === 1) firstRows = performance.now() - t0;
        chunks++;
        bytes += value.byteLength;
      }
      const total = performance.now() - t0;
      const peak = watch.stop();
      exports[EXPORTS[kind].file] = {
        ttfb_ms: Math.round(ttfb * 10) / 10,
        first_rows_ms: Math.round(firstRows * 10) / 10,
        total_ms: Math.round(total),
        mb: mb(bytes),
        rss_before_mb: mb(before),
        rss_peak_mb: mb(peak.rss),
        rss_growth_mb: mb(peak.rss - before),
        heap_peak_mb: mb(peak.heap),
      };
      console.error(`${EXPORTS[kind].file}: first byte ${ttfb.toFixed(1)} ms, first rows ${firstRows.toFixed(0)} ms, total ${total.toFixed(0)} ms, ${mb(bytes)} MB, peak RSS ${mb(peak.rss)} MB, peak heap ${mb(peak.heap)} MB`);
      global.gc?.();
    }

    // The JSON feed through its route handler, page by page (limit 1000), as an API client would.
    const t0 = performance.now();
    let cursor: string | undefined;
    let seen = 0;
    let pages = 0;
    do {
      const res = await handleIncidents(db, new Request(`http://bench/api/incidents?limit=1000${cursor ? `&cursor=${cursor}` : ""}`));
      const page = (await res.json()) as { data: unknown[]; nextCursor: string | null };
      seen += page.data.length;
      pages++;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const walk = performance.now() - t0;
    const apiWalk = { incidents: seen, pages, total_ms: Math.round(walk), ms_per_page: Math.round((walk / pages) * 10) / 10 };
    console.error(`API walk: ${seen} incidents in ${pages} pages, ${walk.toFixed(0)} ms`);

    await db.$disconnect();
    console.log(JSON.stringify({ incidents: gen.incidents, claims: gen.claims, exports, api_walk: apiWalk, load_average: os.loadavg()[0], max_rss_mb: mb(process.resourceUsage().maxRSS * 1024) }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
