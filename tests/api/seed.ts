// Hand-made incidents with the articles, claims and corrections behind them,
// for the API and export tests.
import type { Db } from "@/lib/db/client";

let seq = 0;

export interface SeedIncident {
  date: string;
  country?: string;
  region?: string | null;
  place?: string | null;
  attacker?: string | null;
  weapons?: string[];
  latitude?: number | null;
  longitude?: number | null;
  geoPrecision?: number | null;
  counts?: Partial<Record<"dronesLaunched" | "dronesDowned" | "missilesLaunched" | "missilesDowned" | "killed" | "injured", number>>;
  ranges?: Record<string, { low: number; best: number; high: number; sources: number }>;
  reviewStatus?: string;
}

export async function addIncident(db: Db, s: SeedIncident) {
  const country = s.country ?? "UA";
  const region = s.region === undefined ? "UA-63" : s.region;
  const attacker = s.attacker === undefined ? "RU" : s.attacker;
  return db.incident.create({
    data: {
      date: s.date,
      country,
      region,
      place: s.place ?? null,
      attacker,
      weapons: JSON.stringify(s.weapons ?? []),
      latitude: s.latitude ?? null,
      longitude: s.longitude ?? null,
      geoPrecision: s.geoPrecision ?? null,
      ...s.counts,
      ranges: JSON.stringify(s.ranges ?? {}),
      sourceCount: 1,
      reviewStatus: s.reviewStatus ?? "unreviewed",
      mergeKey: `${s.date}|${country}|${region ?? ""}|${attacker ?? ""}|${++seq}`,
    },
  });
}

export async function addArticle(db: Db, a: { url: string; publisher: string; title: string; published: string; version?: string; hidden?: boolean }) {
  return db.article.create({
    data: {
      url: a.url,
      publisher: a.publisher,
      title: a.title,
      published: new Date(a.published + "T08:00:00Z"),
      body: `body of ${a.url}`,
      contentHash: `hash-${++seq}`,
      extractorVersion: a.version ?? "1.2.0",
      hidden: a.hidden ?? false,
    },
  });
}

export async function addClaim(
  db: Db,
  c: { articleId: number; incidentId: number; field: string; value: number | null; claimant?: string; sentence: string; date: string; region?: string | null; excluded?: boolean; start?: number },
) {
  const start = c.start ?? 10;
  return db.claim.create({
    data: {
      articleId: c.articleId,
      incidentId: c.incidentId,
      field: c.field,
      value: c.value,
      claimant: c.claimant ?? null,
      date: c.date,
      country: "UA",
      region: c.region === undefined ? "UA-63" : c.region,
      sentence: c.sentence,
      sentenceStart: 0,
      sentenceEnd: c.sentence.length,
      start,
      end: start + 2,
      excluded: c.excluded ?? false,
    },
  });
}
