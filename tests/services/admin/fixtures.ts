// Reports for admin service tests, ingested through the real ingest path with
// the deterministic fake extractor (sentences like "12 killed in UA-63 at
// Kharkiv on 2025-04-01 by RU."). A "~" right before the number makes the
// claim approximate ("about"), as the review queue needs.
import type { Db } from "@/lib/db/client";
import { ingestReport } from "@/lib/services/ingest";
import type { Extraction, ReportInput } from "@/lib/extract/types";
import { fakeExtractor } from "../fake-extract";


export function extractor(version = "fake-admin-1") {
  const run = fakeExtractor(version);
  return (input: ReportInput): Extraction => {
    const ex = run(input);
    for (const c of ex.claims) if (input.text[c.start - 1] === "~") c.qualifier = "about";
    return ex;
  };
}
export const extract = extractor();

let n = 0;
export async function report(db: Db, text: string, opts: { url?: string; published?: string } = {}) {
  n++;
  // Published by default at 09:00 on the day the text names.
  const day = /\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? "2025-04-01";
  const published = opts.published ?? `${day}T09:00:00Z`;
  const r = await ingestReport(db, { text, url: opts.url ?? `https://news.test/${n}-${Math.random().toString(36).slice(2)}`, published, publisher: "Test" }, { extract });
  return r;
}

export const EDITOR = "editor@example.org";
