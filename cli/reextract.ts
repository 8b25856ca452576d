// npm run reextract [-- --stale]: re-run the current extractor over every
// current article (or, with --stale, only those extracted by another version),
// rebuilding claims and derived values; corrections stay in force.
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { sqlitePathFromUrl } from "../lib/db/url";
import { reextractAll } from "../lib/services/reextract";
import { SqliteRunner } from "../lib/services/runner";

async function main() {
  const staleOnly = process.argv.includes("--stale");
  const file = sqlitePathFromUrl();
  await migrate(file);
  const db = createDb(file);
  const fast = new SqliteRunner(file);
  const started = Date.now();
  let last = 0;
  const summary = await reextractAll(db, {
    staleOnly,
    fast,
    onArticle: (done, total) => {
      // One line every 2 s (or at the end) keeps logs readable on big databases.
      if (Date.now() - last > 2000 || done === total) {
        last = Date.now();
        console.log(`reextract: ${done}/${total} articles`);
      }
    },
  });
  fast.close();
  await db.$disconnect();
  console.log(
    `re-extracted ${summary.articles} articles with extractor ${summary.extractorVersion}: claims ${summary.claimsBefore} -> ${summary.claimsAfter}, ` +
      `${summary.incidentsTouched} incidents re-derived in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

main().catch((err) => {
  console.error(`reextract: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
