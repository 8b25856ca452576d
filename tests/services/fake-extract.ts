// A deterministic stand-in for lib/extract, so service tests pin down the
// ingest rules and not the extractor's current skill. It reads sentences of
// the form "<n> <field> in <region> on <date> by <attacker>." (date and
// attacker optional: the published day and "RU" by default).
import type { Claim, Extraction, ReportInput } from "@/lib/extract/types";

export function fakeExtractor(version = "fake-1") {
  return (input: ReportInput): Extraction => {
    const claims: Claim[] = [];
    const re = /(\d+) (drones_launched|drones_downed|missiles_launched|missiles_downed|killed|injured) in ((?:UA|RU)-[A-Z0-9]+)(?: at ([A-Z][a-z]+))?(?: on (\d{4}-\d{2}-\d{2}))?(?: by (UA|RU))?[^.]*\./g;
    for (const m of input.text.matchAll(re)) {
      const start = m.index!;
      claims.push({
        field: m[2] as Claim["field"], value: Number(m[1]), qualifier: "exact", claimant: null, claimantSide: null,
        date: m[5] ?? input.published ?? "2025-01-01", country: m[3].slice(0, 2), region: m[3], place: m[4] ?? null,
        attacker: (m[6] as "UA" | "RU") ?? "RU", weapons: m[2].startsWith("drones") ? ["drone"] : [], language: input.language ?? "en",
        start, end: start + m[1].length, sentence: m[0], sentenceStart: start, sentenceEnd: start + m[0].length,
      });
    }
    return { language: input.language ?? "en", claims, incidents: [], extractorVersion: version };
  };
}
