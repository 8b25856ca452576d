// Dashboard speed at scale: generates (or reuses) a database of 100,000
// incidents and 500,000 claims, then times each page's query set and each API
// handler (median of warm runs). Targets: every query < 100 ms, every page's
// queries < 300 ms. The last line printed is one JSON object.
//   npm run bench:dashboard -- [--db FILE] [--runs N] [--regenerate] [--base-url URL]
// --base-url also times whole pages over HTTP from a running server on the same data.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/db/client";
import type { Filters } from "@/lib/queries/filters";
import { generateLargeDb } from "../scripts/generate-large-db";
import { getTotals } from "@/lib/queries/totals";
import { getAirSeries, getCasualtySeries, getDateSpan, getIncidentSeries } from "@/lib/queries/series";
import { parseBucket } from "@/lib/queries/sql";
import { getCountryWide, getRegionSparklines, getRegionTotals } from "@/lib/queries/regions";
import { getIncident, listIncidents, tollHistory } from "@/lib/queries/incidents";
import { getMapPoints } from "@/lib/queries/map";
import { getArticle, hasDemoData, listPublishers } from "@/lib/queries/articles";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const FILE = opt("--db") ?? path.join(os.tmpdir(), "strikewatch-bench-large.db");
const RUNS = Number(opt("--runs") ?? 7);
const BASE = opt("--base-url");
const QUERY_TARGET = 100;
const PAGE_TARGET = 300;

async function median(fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  await fn(); // warm: statement cache, page cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] * 10) / 10;
}

async function main() {
  let generated = false;
  if (args.includes("--regenerate") || !fs.existsSync(FILE)) {
    console.error(`generating ${FILE} …`);
    const r = await generateLargeDb(FILE, { force: true });
    console.error(`generated ${r.incidents} incidents, ${r.claims} claims in ${r.ms} ms`);
    generated = true;
  }
  const db: Db = createDb(FILE);
  const counts = { incidents: await db.incident.count(), claims: await db.claim.count() };
  const last = (await db.incident.findFirst({ orderBy: { date: "desc" }, select: { date: true } }))?.date ?? "2026-01-01";
  const yearAgo = new Date(Date.parse(last + "T00:00:00Z") - 365 * 86_400_000).toISOString().slice(0, 10);
  const someRegion = (await getRegionTotals(db, {}))[0]?.code ?? "UA-63";
  const mid = await db.incident.findFirst({ where: { region: { not: null } }, orderBy: { id: "asc" }, skip: Math.floor(counts.incidents / 2), select: { id: true } });
  const art = await db.article.findFirst({ skip: 1000, select: { id: true } });

  const scenarios: Record<string, Filters> = { all: {}, lastYear: { from: yearAgo, to: last }, region: { region: someRegion }, attackerUA: { attacker: "UA", from: yearAgo } };

  const queries: Record<string, () => Promise<unknown>> = {};
  for (const [name, f] of Object.entries(scenarios)) {
    queries[`totals.${name}`] = () => getTotals(db, f);
    queries[`series.incidents.day.${name}`] = () => getIncidentSeries(db, f, "day");
    queries[`series.incidents.month.${name}`] = () => getIncidentSeries(db, f, "month");
    queries[`series.air.day.${name}`] = () => getAirSeries(db, f, "day");
    queries[`series.casualties.week.${name}`] = () => getCasualtySeries(db, f, "week");
    queries[`regions.totals.${name}`] = () => getRegionTotals(db, f);
    queries[`map.points.${name}`] = () => getMapPoints(db, f);
  }
  queries["regions.countryWide"] = () => getCountryWide(db, {});
  queries["regions.sparklines"] = () => getRegionSparklines(db, {});
  queries["incidents.list.date"] = () => listIncidents(db, {}, {});
  queries["incidents.list.killed"] = () => listIncidents(db, {}, { sort: "killed", dir: "desc" });
  queries["incidents.list.page1000"] = () => listIncidents(db, {}, { page: 1000 });
  queries["incidents.list.publisher"] = () => listIncidents(db, { publisher: "Reuters", from: yearAgo }, {});
  queries["incident.detail"] = async () => tollHistory((await getIncident(db, mid!.id))!.claims);
  queries["article.detail"] = () => getArticle(db, art!.id);
  queries["articles.publishers"] = () => listPublishers(db);
  queries["articles.demo"] = () => hasDemoData(db);

  // As app/page.tsx runs it: span for the automatic bucket, then totals, three series, region totals, 500 points.
  const overview = (f: Filters) => async () => {
    const [, , span] = await Promise.all([listPublishers(db), hasDemoData(db), getDateSpan(db, f)]);
    const bucket = parseBucket(undefined, span);
    return Promise.all([getTotals(db, f), getIncidentSeries(db, f, bucket), getAirSeries(db, f, bucket), getCasualtySeries(db, f, bucket), getRegionTotals(db, f), getMapPoints(db, f, 500)]);
  };
  const pages: Record<string, () => Promise<unknown>> = {
    "/": overview({}),
    "/?from=lastYear": overview(scenarios.lastYear),
    "/map": () => Promise.all([getRegionTotals(db, {}), getMapPoints(db, {}), getCountryWide(db, {}), listPublishers(db), hasDemoData(db)]),
    "/incidents": () => Promise.all([listIncidents(db, {}, {}), listPublishers(db)]),
    "/incidents?sort=killed": () => Promise.all([listIncidents(db, {}, { sort: "killed", dir: "desc" }), listPublishers(db)]),
    "/incidents/[id]": queries["incident.detail"],
    "/articles/[id]": queries["article.detail"],
    "/regions": () => Promise.all([getRegionTotals(db, {}), getRegionSparklines(db, {}), listPublishers(db)]),
    "/regions/[code]": overview({ region: someRegion }),
  };

  // The API engineer's handlers, called as the routes call them.
  const api: Record<string, () => Promise<unknown>> = {};
  try {
    const h = await import("@/lib/api/handlers");
    const req = (q: string) => new Request(`http://bench.local${q}`);
    api["GET /api/incidents"] = async () => (await h.handleIncidents(db, req("/api/incidents"))).text();
    api["GET /api/incidents?from"] = async () => (await h.handleIncidents(db, req(`/api/incidents?from=${yearAgo}&limit=500`))).text();
    api["GET /api/incidents/[id]"] = async () => (await h.handleIncident(db, String(mid!.id))).text();
    api["GET /api/series"] = async () => (await h.handleSeries(db, req("/api/series"))).text();
    api["GET /api/series?bucket=month"] = async () => (await h.handleSeries(db, req("/api/series?bucket=month"))).text();
    api["GET /api/regions"] = async () => (await h.handleRegions(db, req("/api/regions"))).text();
  } catch (e) {
    console.error(`API handlers not timed: ${(e as Error).message}`);
  }

  const out = { queries: {} as Record<string, number>, pages: {} as Record<string, number>, api: {} as Record<string, number>, http: {} as Record<string, number> };
  for (const [k, fn] of Object.entries(queries)) out.queries[k] = await median(fn);
  for (const [k, fn] of Object.entries(pages)) out.pages[k] = await median(fn);
  for (const [k, fn] of Object.entries(api)) out.api[k] = await median(fn);
  if (BASE) {
    const httpPaths = ["/", "/map", "/incidents", `/incidents/${mid!.id}`, `/articles/${art!.id}`, "/regions", `/regions/${someRegion}`];
    for (const p of httpPaths) {
      out.http[p] = await median(async () => {
        const r = await fetch(BASE + p);
        if (r.status !== 200) throw new Error(`${p}: HTTP ${r.status}`);
        await r.text();
      }, 5);
    }
  }
  await db.$disconnect();

  const print = (title: string, rec: Record<string, number>, target: number) => {
    if (Object.keys(rec).length === 0) return;
    console.log(`\n${title} (median ms, target < ${target})`);
    for (const [k, v] of Object.entries(rec)) console.log(`  ${v <= target ? " " : "!"} ${k.padEnd(40)} ${v.toFixed(1).padStart(8)}`);
  };
  print("queries", out.queries, QUERY_TARGET);
  print("page query sets", out.pages, PAGE_TARGET);
  print("API handlers", out.api, QUERY_TARGET);
  print("pages over HTTP", out.http, PAGE_TARGET);
  const maxQuery = Math.max(...Object.values(out.queries), ...Object.values(out.api));
  const maxPage = Math.max(...Object.values(out.pages));
  const ok = maxQuery < QUERY_TARGET && maxPage < PAGE_TARGET && Object.values(out.http).every((v) => v < PAGE_TARGET);
  console.log(JSON.stringify({ bench: "dashboard", db: FILE, generated, ...counts, runs: RUNS, maxQueryMs: maxQuery, maxPageMs: maxPage, ok, ...out }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
