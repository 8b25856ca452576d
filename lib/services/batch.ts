// Drive a stream of input events through ingestReport, one article (one
// transaction) at a time, counting outcomes. Shared by the CLI, the demo
// loader and the upload form.
import type { Db } from "@/lib/db/client";
import { IngestError } from "./errors";
import { ingestReport, type IngestOptions, type IngestResult } from "./ingest";
import type { InputEvent } from "./readers";

export interface BatchSummary {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  skipped: number;
  claims: number;
}

export type BatchOutcome =
  | { kind: "ingested"; label: string; result: IngestResult }
  | { kind: "failed"; label: string; reason: string }
  | { kind: "skipped"; label: string; reason: string; count: number };

export function emptySummary(): BatchSummary {
  return { new: 0, updated: 0, unchanged: 0, failed: 0, skipped: 0, claims: 0 };
}

export async function ingestEvents(
  db: Db,
  events: AsyncIterable<InputEvent> | Iterable<InputEvent>,
  opts: IngestOptions & { onOutcome?: (o: BatchOutcome, s: BatchSummary) => void } = {},
): Promise<BatchSummary> {
  const s = emptySummary();
  for await (const ev of events) {
    let out: BatchOutcome;
    if (ev.kind === "failed") {
      s.failed++;
      out = ev;
    } else if (ev.kind === "skipped") {
      s.skipped += ev.count;
      out = ev;
    } else {
      try {
        const result = await ingestReport(db, ev.record, opts);
        s[result.status]++;
        s.claims += result.claims;
        out = { kind: "ingested", label: ev.label, result };
      } catch (err) {
        s.failed++;
        out = { kind: "failed", label: ev.label, reason: err instanceof IngestError ? err.message : `could not store: ${(err as Error).message}` };
      }
    }
    opts.onOutcome?.(out, s);
  }
  return s;
}
