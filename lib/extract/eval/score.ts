// Scoring exactly as ../shared/eval/SPEC.md "Scoring": incidents match on (date, country, region,
// attacker); each incident is one slot plus one per non-null count; micro-averaged over reports.
// Place accuracy is separate: over matched incidents whose gold place is not null.
import { COUNT_FIELDS, type Incident } from "../types";

export interface SlotDiff { report: string; kind: "missed" | "extra" | "wrong"; key: string; field: string; gold?: number | string | null; predicted?: number | string | null }
export interface Score {
  tp: number; predicted: number; gold: number; precision: number; recall: number; f1: number;
  placeCorrect: number; placeTotal: number; placeAccuracy: number; diffs: SlotDiff[];
}

type Lite = Pick<Incident, "date" | "country" | "region" | "attacker" | "place"> & Partial<Record<(typeof COUNT_FIELDS)[number], number | null>>;

export const incidentKey = (i: Pick<Incident, "date" | "country" | "region" | "attacker">) =>
  `${i.date}|${i.country}|${i.region ?? "-"}|${i.attacker ?? "-"}`;

const slots = (i: Lite) => 1 + COUNT_FIELDS.filter((f) => i[f] != null).length;

export function emptyScore(): Score {
  return { tp: 0, predicted: 0, gold: 0, precision: 0, recall: 0, f1: 0, placeCorrect: 0, placeTotal: 0, placeAccuracy: 0, diffs: [] };
}

/** Adds one report's comparison into `acc` (pass the same accumulator for every report). */
export function scoreReport(report: string, gold: Lite[], predicted: Lite[], acc: Score = emptyScore()): Score {
  const pred = new Map<string, Lite>();
  for (const p of predicted) if (!pred.has(incidentKey(p))) pred.set(incidentKey(p), p); // keys are unique by invariant
  const goldMap = new Map<string, Lite>();
  for (const g of gold) goldMap.set(incidentKey(g), g);
  for (const g of goldMap.values()) acc.gold += slots(g);
  for (const p of pred.values()) acc.predicted += slots(p);
  for (const [key, g] of goldMap) {
    const p = pred.get(key);
    if (!p) {
      acc.diffs.push({ report, kind: "missed", key, field: "incident" });
      for (const f of COUNT_FIELDS) if (g[f] != null) acc.diffs.push({ report, kind: "missed", key, field: f, gold: g[f] });
      continue;
    }
    acc.tp++;
    for (const f of COUNT_FIELDS) {
      const gv = g[f] ?? null, pv = p[f] ?? null;
      if (gv != null && pv != null && gv === pv) acc.tp++;
      else if (gv != null && pv != null) acc.diffs.push({ report, kind: "wrong", key, field: f, gold: gv, predicted: pv });
      else if (gv != null) acc.diffs.push({ report, kind: "missed", key, field: f, gold: gv });
      else if (pv != null) acc.diffs.push({ report, kind: "extra", key, field: f, predicted: pv });
    }
    if (g.place != null) {
      acc.placeTotal++;
      if (p.place === g.place) acc.placeCorrect++;
      else acc.diffs.push({ report, kind: "wrong", key, field: "place", gold: g.place, predicted: p.place });
    }
  }
  for (const [key, p] of pred) if (!goldMap.has(key)) {
    acc.diffs.push({ report, kind: "extra", key, field: "incident" });
    for (const f of COUNT_FIELDS) if (p[f] != null) acc.diffs.push({ report, kind: "extra", key, field: f, predicted: p[f] });
  }
  return finish(acc);
}

export function finish(acc: Score): Score {
  acc.precision = acc.predicted ? acc.tp / acc.predicted : 0;
  acc.recall = acc.gold ? acc.tp / acc.gold : 0;
  acc.f1 = acc.precision + acc.recall ? (2 * acc.precision * acc.recall) / (acc.precision + acc.recall) : 0;
  acc.placeAccuracy = acc.placeTotal ? acc.placeCorrect / acc.placeTotal : 0;
  return acc;
}
