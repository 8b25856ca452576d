// npm run ingest -- PATH_OR_URL... [--telegram-username NAME] [--timeout SECONDS] [--quiet]
// Files (.txt + .meta.json, .html, .json, .jsonl, RSS/Atom), folders
// (recursively), http(s) URLs and feed URLs, Telegram result.json exports.
// A progress bar on a terminal, one log line per input otherwise; one line
// per failure naming the input and the reason; exit 1 when anything failed.
import cliProgress from "cli-progress";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { sqlitePathFromUrl } from "../lib/db/url";
import { ingestEvents, type BatchOutcome, type BatchSummary } from "../lib/services/batch";
import { readInputs } from "../lib/services/readers";
import { SqliteRunner } from "../lib/services/runner";

const USAGE = "usage: npm run ingest -- PATH_OR_URL... [--telegram-username NAME] [--timeout SECONDS] [--quiet]";

function parseArgs(argv: string[]) {
  const inputs: string[] = [];
  let telegramUsername: string | null = null;
  let timeoutMs: number | undefined;
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--telegram-username") telegramUsername = argv[++i] ?? null;
    else if (a.startsWith("--telegram-username=")) telegramUsername = a.split("=")[1];
    else if (a === "--timeout" || a.startsWith("--timeout=")) {
      const v = Number(a.includes("=") ? a.split("=")[1] : argv[++i]);
      if (!(v > 0)) throw new Error("--timeout needs a number of seconds");
      timeoutMs = v * 1000;
    } else if (a === "--quiet") quiet = true;
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith("--")) throw new Error(`unknown option ${a}\n${USAGE}`);
    else inputs.push(a);
  }
  if (inputs.length === 0) throw new Error(USAGE);
  return { inputs, telegramUsername, timeoutMs, quiet };
}

function line(s: BatchSummary) {
  return `new ${s.new}, updated ${s.updated}, unchanged ${s.unchanged}, failed ${s.failed}, skipped ${s.skipped}`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const file = sqlitePathFromUrl();
  await migrate(file);
  const db = createDb(file);
  // Bulk path: the same statements on a direct SQLite handle (see lib/services/runner.ts).
  const fast = new SqliteRunner(file);
  const tty = process.stderr.isTTY && !args.quiet;
  const started = Date.now();
  // The total is unknown while streaming: the bar shows counts and rate, not a percentage.
  const bar = tty
    ? new cliProgress.SingleBar({ format: "ingest | {value} reports | {rate}/s | {summary}", hideCursor: true, stream: process.stderr }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(0, 0, { rate: "0", summary: "" });
  let done = 0;
  const onOutcome = (o: BatchOutcome, s: BatchSummary) => {
    if (o.kind === "failed") {
      const msg = `FAILED ${o.label}: ${o.reason}`;
      if (bar) bar.stop(), console.error(msg), bar.start(0, done, { rate: "", summary: line(s) });
      else console.error(msg);
    } else if (o.kind === "ingested") done++;
    if (bar) {
      const rate = (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
      bar.setTotal(done);
      bar.update(done, { rate, summary: line(s) });
    } else if (!args.quiet && o.kind === "ingested") {
      console.log(`${o.result.status.padEnd(9)} ${o.label} (article ${o.result.articleId}, ${o.result.claims} claims)`);
    } else if (!args.quiet && o.kind === "skipped") {
      console.log(`skipped   ${o.label}: ${o.reason}${o.count > 1 ? ` (${o.count})` : ""}`);
    }
  };
  const summary = await ingestEvents(db, readInputs(args.inputs, { telegramUsername: args.telegramUsername, fetch: args.timeoutMs ? { timeoutMs: args.timeoutMs } : undefined }), { onOutcome, fast });
  bar?.stop();
  fast.close();
  await db.$disconnect();
  const secs = (Date.now() - started) / 1000;
  console.log(`${line(summary)}; ${summary.claims} claims in ${secs.toFixed(1)} s`);
  process.exit(summary.failed > 0 ? 1 : 0);
}

main().catch((err) => {
  console.error(`ingest: ${err instanceof Error ? err.message : err}`);
  process.exit(2);
});
