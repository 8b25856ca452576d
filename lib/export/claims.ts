// Claims CSV, for audit: every claim attached to a matching incident, counted
// or not, with its quote, offsets, claimant and source article.
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import { incidentWhere, type Filters } from "@/lib/queries/filters";
import type { Column } from "./csv";
import { parseWeapons } from "@/lib/fields";
import { CLAIM_COLUMNS, counted, describeCorrections, loadCorrections, type ClaimRow, type CorrectionRow } from "./load";

export type ClaimRecord = ClaimRow & { sentenceStart: number; sentenceEnd: number; incidentId: number; corrections: CorrectionRow[] };

export const CLAIM_CSV_COLUMNS: Column<ClaimRecord>[] = [
  { name: "claim_id", description: "Claim id.", value: (c) => c.id },
  { name: "strikewatch_id", description: "The incident the claim belongs to.", value: (c) => c.incidentId },
  { name: "field", description: "drones_launched, drones_downed, missiles_launched, missiles_downed, killed, injured, or event (an attack named without a count).", value: (c) => c.field },
  { name: "value", description: "The figure as a whole number; empty for event claims.", value: (c) => c.value },
  { name: "qualifier", description: "exact, at_least, more_than, about or up_to, as worded (the value is the number written).", value: (c) => c.qualifier },
  { name: "claimant", description: "Who the report says gave the figure.", value: (c) => c.claimant },
  { name: "claimant_side", description: "Side the claimant speaks for: UA, RU, other or empty.", value: (c) => c.claimantSide },
  { name: "date", description: "Day the claim is about.", value: (c) => c.date },
  { name: "country", description: "Country the claim is about.", value: (c) => c.country },
  { name: "region", description: "Region code the claim is about; empty for country-wide.", value: (c) => c.region },
  { name: "place", description: "Settlement named in the claim.", value: (c) => c.place },
  { name: "attacker", description: "RU, UA or empty.", value: (c) => c.attacker },
  { name: "weapons", description: "Weapon kinds, ';'-separated.", value: (c) => parseWeapons(c.weapons).join(";") },
  { name: "language", description: "Language of the sentence (en, uk, ru).", value: (c) => c.language },
  { name: "quote", description: "The sentence the figure came from, verbatim.", value: (c) => c.sentence },
  { name: "sentence_start", description: "Offset of the sentence in the article body (UTF-16 code units, as JavaScript's String.slice).", value: (c) => c.sentenceStart },
  { name: "sentence_end", description: "End offset of the sentence (exclusive).", value: (c) => c.sentenceEnd },
  { name: "figure_start", description: "Offset of the figure itself in the article body.", value: (c) => c.start },
  { name: "figure_end", description: "End offset of the figure (exclusive).", value: (c) => c.end },
  { name: "excluded", description: "true when an editor marked the claim wrong (kept for the record, left out of the figures).", value: (c) => c.excluded },
  { name: "counted", description: "true when the claim enters the incident's figures (not excluded, article current and not hidden).", value: (c) => counted(c) },
  { name: "article_id", description: "Article id.", value: (c) => c.articleId },
  { name: "article_url", description: "Article URL (or source key).", value: (c) => c.url },
  { name: "article_title", description: "Headline.", value: (c) => c.title },
  { name: "publisher", description: "Publisher as recorded at ingest.", value: (c) => c.publisher },
  { name: "published", description: "Publication time, ISO 8601.", value: (c) => c.published?.toISOString() ?? null },
  { name: "article_hidden", description: "true when an editor hid the article.", value: (c) => c.hidden },
  { name: "article_current", description: "false for an older version of a page that was later updated.", value: (c) => c.isCurrent },
  { name: "extractor_version", description: "Extractor version that produced the claim.", value: (c) => c.extractorVersion },
  { name: "incident_corrections", description: "Editor corrections in force on the incident, as in the incident exports.", value: (c) => describeCorrections(c.corrections) },
];

/** Claims of matching incidents in id order, keyset-paged like the incident feed. */
export async function* claimBatches(db: Db, f: Filters, batchSize = 2000): AsyncGenerator<ClaimRecord[]> {
  let after = 0;
  for (;;) {
    const rows = await db.$queryRaw<(ClaimRow & { sentenceStart: number; sentenceEnd: number; incidentId: number })[]>(Prisma.sql`
      SELECT ${CLAIM_COLUMNS}, c."sentenceStart", c."sentenceEnd"
      FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" JOIN "Incident" i ON i."id" = c."incidentId"
      WHERE ${incidentWhere(f)} AND c."id" > ${after}
      ORDER BY c."id" LIMIT ${batchSize}`);
    if (rows.length === 0) return;
    const corrections = await loadCorrections(db, [...new Set(rows.map((r) => r.incidentId))]);
    yield rows.map((r) => ({ ...r, corrections: corrections.get(r.incidentId) ?? [] }));
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1].id;
  }
}
