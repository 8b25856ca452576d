// Shared wording of the ingest answers shown on /admin/ingest (not an action itself).
import type { BatchOutcome, BatchSummary } from "@/lib/services/batch";

export function describeBatch(s: BatchSummary, failures: string[]): string {
  const head = `new ${s.new}, updated ${s.updated}, unchanged ${s.unchanged}, failed ${s.failed}, skipped ${s.skipped} (${s.claims} claims)`;
  // The first few failures by name; the rest are counted (the CLI prints them all).
  const shown = failures.slice(0, 8);
  const more = failures.length > shown.length ? `; and ${failures.length - shown.length} more` : "";
  return shown.length ? `${head}. ${shown.join("; ")}${more}` : head;
}

export function collectFailures(into: string[]) {
  return (o: BatchOutcome) => {
    if (o.kind === "failed") into.push(`${o.label}: ${o.reason}`);
  };
}
