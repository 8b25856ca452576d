// Data steps `npm start` (and the browser-test setup) run after migrating:
// an empty database gets the demo corpus in demo/, marked sourceKind "demo".
// A database that has any article is left alone, so this is safe on every start.
import path from "node:path";
import { createDb, type Db } from "../lib/db/client";
import { ingestEvents, type BatchSummary } from "../lib/services/batch";
import { readInputs, type InputEvent } from "../lib/services/readers";

export const DEMO_DIR = path.resolve(__dirname, "..", "demo");

/** Each demo file is its own article (two demo reports may cite the same page). */
async function* demoEvents(): AsyncGenerator<InputEvent> {
  for await (const ev of readInputs([path.join(DEMO_DIR, "reports"), path.join(DEMO_DIR, "telegram", "result.json")], { sourceKind: "demo" })) {
    if (ev.kind === "report" && !ev.record.sourceKey) {
      yield { ...ev, record: { ...ev.record, sourceKey: `demo:${path.relative(DEMO_DIR, ev.label)}` } };
    } else yield ev;
  }
}

export async function loadDemo(db: Db): Promise<BatchSummary> {
  return ingestEvents(db, demoEvents(), {
    onOutcome: (o) => {
      if (o.kind === "failed") console.error(`demo corpus: ${o.label}: ${o.reason}`);
    },
  });
}

export async function prepareData(db: Db = createDb()): Promise<void> {
  try {
    if ((await db.article.count()) > 0) return;
    const s = await loadDemo(db);
    console.log(`loaded the demo corpus: ${s.new} reports, ${s.claims} claims (${s.failed} failed, ${s.skipped} skipped)`);
  } finally {
    await db.$disconnect();
  }
}
