// Small builders for service tests: rows straight into the database, so the
// derivation rule is tested without depending on the extractor's output.
import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import { assignIncidents } from "@/lib/services/assign";

let n = 0;

export async function addArticle(db: Db, opts: { published?: string | null; hidden?: boolean; isCurrent?: boolean; url?: string } = {}) {
  n++;
  return db.article.create({
    data: {
      body: `body ${n}`,
      contentHash: crypto.createHash("sha256").update(`test ${n} ${Math.random()}`).digest("hex"),
      extractorVersion: "test",
      url: opts.url ?? `https://example.test/${n}`,
      published: opts.published === undefined ? new Date("2025-01-01T00:00:00Z") : opts.published ? new Date(opts.published) : null,
      hidden: opts.hidden ?? false,
      isCurrent: opts.isCurrent ?? true,
    },
  });
}

export interface ClaimSpec {
  field: string;
  value: number | null;
  date?: string;
  country?: string;
  region?: string | null;
  attacker?: string | null;
  place?: string | null;
  weapons?: string[];
  excluded?: boolean;
  pinnedIncidentId?: number | null;
  claimantSide?: string | null;
}

/** Insert a claim assigned to its incident by the same rule ingest uses; returns [claim, incidentId]. */
export async function addClaim(db: Db, articleId: number, s: ClaimSpec) {
  const parts = { date: s.date ?? "2025-01-01", country: s.country ?? "UA", region: s.region === undefined ? "UA-63" : s.region, attacker: s.attacker === undefined ? "RU" : s.attacker };
  const [incidentId] = await assignIncidents(db, [{ parts, pinnedIncidentId: s.pinnedIncidentId }]);
  const claim = await db.claim.create({
    data: {
      articleId, incidentId, field: s.field, value: s.value, ...parts, place: s.place ?? null,
      weapons: JSON.stringify(s.weapons ?? []), sentence: "s", sentenceStart: 0, sentenceEnd: 1, start: 0, end: 1,
      excluded: s.excluded ?? false, pinnedIncidentId: s.pinnedIncidentId ?? null, claimantSide: s.claimantSide ?? null,
    },
  });
  return claim;
}
