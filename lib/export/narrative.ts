// Human-readable pieces shared by the CSV exports: ACLED-style notes naming
// who claimed what, and whether the reports say the victims were civilians.
import type { LeanClaim } from "./load";
import type { ExportIncident } from "./enrich";

const LABEL: Record<string, [string, string]> = {
  drones_launched: ["drone launched", "drones launched"],
  drones_downed: ["drone downed", "drones downed"],
  missiles_launched: ["missile launched", "missiles launched"],
  missiles_downed: ["missile downed", "missiles downed"],
  killed: ["killed", "killed"],
  injured: ["injured", "injured"],
};
const FIELD_ORDER = Object.keys(LABEL);

const QUALIFIER: Record<string, string> = { at_least: "at least ", more_than: "more than ", about: "about ", up_to: "up to " };

const ATTACKER: Record<string, string> = { RU: "Russian forces", UA: "Ukrainian forces" };

const WEAPON_WORDS: Record<string, string> = {
  drone: "drones",
  missile: "missiles",
  ballistic_missile: "ballistic missiles",
  cruise_missile: "cruise missiles",
  glide_bomb: "glide bombs",
  artillery: "artillery",
  explosive: "explosives",
  aircraft: "aircraft",
};

/** "On 2025-01-02, Russian forces attacked Kharkiv (Kharkiv) with drones. Air force (Ukrinform): 40 drones launched, 35 drones downed. ..." */
export function notes(e: ExportIncident, country: string): string {
  const { row } = e;
  const who = row.attacker ? ATTACKER[row.attacker] ?? row.attacker : "An unidentified attacker";
  const where = row.place ? `${row.place}${e.regionName ? ` (${e.regionName})` : ""}` : e.regionName ?? `${country} (country-wide figures)`;
  const arms = e.weapons.map((w) => WEAPON_WORDS[w] ?? w);
  const parts = [`On ${row.date}, ${who} attacked ${where}${arms.length ? ` with ${arms.join(", ")}` : ""}.`];

  // Per claimant and publisher: the highest figure each stated per field (SPEC rule 3).
  const groups = new Map<string, Map<string, LeanClaim>>();
  for (const c of e.live) {
    if (c.field === "event" || c.value === null) continue;
    const claimant = c.claimant?.trim() || "Unnamed source";
    const key = `${claimant[0].toUpperCase()}${claimant.slice(1)} (${c.article.publisher?.trim() || "unknown publisher"})`;
    const g = groups.get(key) ?? new Map<string, LeanClaim>();
    const prev = g.get(c.field);
    if (!prev || (c.value ?? 0) > (prev.value ?? 0)) g.set(c.field, c);
    groups.set(key, g);
  }
  for (const [who, g] of groups) {
    const figures = FIELD_ORDER.filter((f) => g.has(f)).map((f) => {
      const c = g.get(f)!;
      return `${QUALIFIER[c.qualifier] ?? ""}${c.value} ${LABEL[f][c.value === 1 ? 0 : 1]}`;
    });
    parts.push(`${who}: ${figures.join(", ")}.`);
  }
  if (e.correctionsText) parts.push(`Corrected by Strikewatch editors: ${e.correctionsText}.`);
  return parts.join(" ");
}

// Words that, in the sentence giving a casualty figure, say who the victims were.
const CIVILIAN = /\b(civilians?|residents?|people|persons?|man|men|woman|women|child|children|boy|girl|teenager|pensioner|passers?-by|family|families|driver|worker|employees?)\b|мирн|цивільн|жител|житель|людей|людин|дитин|діт|детей|ребен|жінк|женщин|чоловік|мужчин/i;
const MILITARY = /\b(soldiers?|servicem[ae]n|troops|military personnel|fighters?|combatants?|officers?)\b|військов|военн|бійц|боец|солдат/i;

/**
 * True when a killed or injured claim's sentence names civilian victims and
 * none names soldiers; null when the reports do not say. The reports rarely
 * state combatant status outright, so this is read from the wording only.
 */
export function civilianVictims(e: ExportIncident): boolean | null {
  const casualty = e.live.filter((c) => (c.field === "killed" || c.field === "injured") && (c.value ?? 0) > 0);
  if (casualty.length === 0) return null;
  if (casualty.some((c) => MILITARY.test(c.sentence ?? ""))) return null;
  return casualty.some((c) => CIVILIAN.test(c.sentence ?? "")) ? true : null;
}
