// Rows inserted straight into a test database, shaped as derivation leaves them.
import type { Db } from "@/lib/db/client";

export interface IncidentSeed {
  date: string;
  country?: string;
  region?: string | null;
  place?: string | null;
  attacker?: string | null;
  weapons?: string[];
  dronesLaunched?: number | null;
  dronesDowned?: number | null;
  missilesLaunched?: number | null;
  missilesDowned?: number | null;
  killed?: number | null;
  injured?: number | null;
  latitude?: number | null;
  longitude?: number | null;
  reviewStatus?: string;
}

export async function addIncident(db: Db, s: IncidentSeed) {
  const country = s.country ?? "UA";
  const region = s.region === undefined ? null : s.region;
  const attacker = s.attacker === undefined ? "RU" : s.attacker;
  return db.incident.create({
    data: {
      date: s.date,
      country,
      region,
      place: s.place ?? null,
      attacker,
      weapons: JSON.stringify(s.weapons ?? ["drone"]),
      dronesLaunched: s.dronesLaunched ?? null,
      dronesDowned: s.dronesDowned ?? null,
      missilesLaunched: s.missilesLaunched ?? null,
      missilesDowned: s.missilesDowned ?? null,
      killed: s.killed ?? null,
      injured: s.injured ?? null,
      latitude: s.latitude ?? null,
      longitude: s.longitude ?? null,
      reviewStatus: s.reviewStatus ?? "unreviewed",
      mergeKey: `${s.date}|${country}|${region ?? ""}|${attacker ?? ""}|${Math.random()}`,
    },
  });
}

let hashes = 0;
export async function addArticle(db: Db, body: string, extra: { publisher?: string; published?: Date; sourceKind?: string; language?: string; hidden?: boolean } = {}) {
  return db.article.create({
    data: {
      body,
      title: body.slice(0, 30),
      publisher: extra.publisher ?? "Test Wire",
      published: extra.published ?? new Date("2025-01-01T08:00:00Z"),
      language: extra.language ?? "en",
      sourceKind: extra.sourceKind ?? "file",
      hidden: extra.hidden ?? false,
      contentHash: `h${++hashes}-${Math.random()}`,
      extractorVersion: "test",
    },
  });
}

/** A claim for `figure` (first occurrence in the body) on the incident. */
export async function addClaim(db: Db, a: { id: number; body: string }, incidentId: number | null, field: string, figure: string, extra: { excluded?: boolean; language?: string; claimant?: string } = {}) {
  const start = a.body.indexOf(figure);
  if (start < 0) throw new Error(`${figure} not in body`);
  return db.claim.create({
    data: {
      articleId: a.id,
      incidentId,
      field,
      value: /^\d+$/.test(figure) ? Number(figure) : null,
      date: "2025-01-01",
      country: "UA",
      sentence: a.body,
      sentenceStart: 0,
      sentenceEnd: a.body.length,
      start,
      end: start + figure.length,
      excluded: extra.excluded ?? false,
      language: extra.language ?? "en",
      claimant: extra.claimant ?? "Air Force",
    },
  });
}
