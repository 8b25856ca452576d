// Claims -> SPEC incidents. Key = (date, country, region, attacker); each count is the MAX of the
// incident's claims for it (SPEC rule 3). A weapon that "struck" counts as launched only when the
// incident has no other launched or downed figure for that kind of weapon (SPEC rule 6); otherwise
// that claim becomes a count-less "event" claim, so the MAX invariant holds on what is returned.
import { COUNT_FIELDS, type Claim, type Incident, type Weapon } from "./types";
import type { RawClaim } from "./engine";
import { REGION_BY_CODE } from "./gazetteer";

export const claimKey = (c: Pick<Claim, "date" | "country" | "region" | "attacker">) => `${c.date}|${c.country}|${c.region ?? ""}|${c.attacker ?? ""}`;

export function group(claims: RawClaim[]): Incident[] {
  const byKey = new Map<string, RawClaim[]>();
  for (const c of claims) {
    const k = claimKey(c);
    let l = byKey.get(k);
    if (!l) byKey.set(k, (l = []));
    l.push(c);
  }
  const incidents: Incident[] = [];
  for (const list of byKey.values()) {
    for (const cls of ["drone", "missile"] as const) {
      const pre = cls === "drone" ? "drones" : "missiles";
      const firm = list.some((c) => !c.struck && (c.field === `${pre}_launched` || c.field === `${pre}_downed`));
      if (firm) for (const c of list) if (c.struck && c.field === `${pre}_launched`) { c.field = "event"; c.value = null; }
    }
    const first = list[0];
    const inc: Incident = {
      date: first.date, country: first.country, region: first.region, place: null, attacker: first.attacker, weapons: [],
      drones_launched: null, drones_downed: null, missiles_launched: null, missiles_downed: null, killed: null, injured: null,
      claimant: null,
    };
    const weapons = new Set<Weapon>();
    const places = new Map<string, number>();
    for (const c of list) {
      if (c.field !== "event" && c.value != null) {
        const f = c.field;
        inc[f] = inc[f] == null ? c.value : Math.max(inc[f]!, c.value);
      }
      for (const w of c.weapons) weapons.add(w);
      if (c.place) places.set(c.place, (places.get(c.place) ?? 0) + (c.field === "event" ? 1 : 2));
      if (!inc.claimant && c.claimant) inc.claimant = c.claimant;
    }
    inc.weapons = [...weapons];
    // the most specific settlement: one other than the region's main city wins ("the port of Chornomorsk"
    // over "Odesa region"'s Odesa), else the most mentioned
    let best = 0;
    const capital = inc.region ? REGION_BY_CODE.get(inc.region)?.capital : undefined;
    for (const [p, n] of places) { const score = n + (p !== capital ? 100 : 0); if (score > best) { best = score; inc.place = p; } }
    incidents.push(inc);
  }
  void COUNT_FIELDS;
  return incidents;
}
