// ACLED-shaped CSV: the 31 columns of ACLED's codebook in its order, filled
// the way ACLED codes remote violence, then Strikewatch's own columns.
import type { Column } from "./csv";
import type { ExportIncident } from "./enrich";
import { countryCodes } from "./countries";
import { civilianVictims, notes } from "./narrative";
import { sourceScale } from "./sources";
import { extraColumns } from "./extra";

// ACLED interaction codes (numeric codebook): 1 state forces, 3 political
// militias (ACLED files unidentified armed groups here), 7 civilians,
// 8 external/other forces (a state's forces acting outside their country).
const STATE = 1;
const UNIDENTIFIED = 3;
const CIVILIANS = 7;
const EXTERNAL = 8;

interface Actor {
  name: string;
  inter: number;
}

const DRONE_OR_AIR = new Set(["drone", "glide_bomb", "aircraft"]);
const MISSILE_OR_SHELL = new Set(["missile", "ballistic_missile", "cruise_missile", "artillery"]);

/** Shot down and nothing reported to have got through or hurt anyone: ACLED's "Disrupted weapons use". */
export function isInterception(e: ExportIncident): boolean {
  const r = e.row;
  const downed = (r.dronesDowned ?? 0) + (r.missilesDowned ?? 0);
  if (downed === 0 || (r.killed ?? 0) > 0 || (r.injured ?? 0) > 0) return false;
  const through = (launched: number | null, down: number | null) => launched !== null && launched > (down ?? 0);
  return !through(r.dronesLaunched, r.dronesDowned) && !through(r.missilesLaunched, r.missilesDowned);
}

type EventType = { disorder: string; type: string; sub: string };
const types = new WeakMap<ExportIncident, EventType>();

/** Memoised per record: three columns read it. */
export function eventType(e: ExportIncident): EventType {
  let t = types.get(e);
  if (!t) types.set(e, (t = classify(e)));
  return t;
}

function classify(e: ExportIncident): EventType {
  if (isInterception(e)) return { disorder: "Strategic developments", type: "Strategic developments", sub: "Disrupted weapons use" };
  const w = e.weapons;
  const air = w.some((x) => DRONE_OR_AIR.has(x)) || (w.length === 0 && (e.row.dronesLaunched ?? 0) > 0);
  const shell = w.some((x) => MISSILE_OR_SHELL.has(x)) || (w.length === 0 && (e.row.missilesLaunched ?? 0) > 0);
  // ACLED files a strike that used aircraft or drones as an air/drone strike even when missiles flew too.
  const sub = air ? "Air/drone strike" : shell ? "Shelling/artillery/missile attack" : w.includes("explosive") ? "Remote explosive/landmine/IED" : "Shelling/artillery/missile attack";
  return { disorder: "Political violence", type: "Explosions/Remote violence", sub };
}

function forces(side: string | null, country: string): Actor {
  if (!side) return { name: `Unidentified Armed Group (${countryCodes(country).name})`, inter: UNIDENTIFIED };
  return { name: countryCodes(side).military, inter: side === country ? STATE : EXTERNAL };
}

/** actor1 acts, actor2 is acted on: the interceptor and the attacker for interceptions, attacker and victims for strikes. */
export function actors(e: ExportIncident): { a1: Actor; a2: Actor | null; civilian: boolean } {
  const c = e.row.country;
  if (isInterception(e)) {
    const attacker = e.row.attacker ? forces(e.row.attacker, c) : null;
    return { a1: { name: countryCodes(c).military, inter: STATE }, a2: attacker, civilian: false };
  }
  const civilian = civilianVictims(e) === true;
  return { a1: forces(e.row.attacker, c), a2: civilian ? { name: `Civilians (${countryCodes(c).name})`, inter: CIVILIANS } : null, civilian };
}

/** ACLED's interaction: both inter codes, lower first ("18"); a lone actor is "<inter>0". */
export function interaction(a1: Actor, a2: Actor | null): number {
  if (!a2) return a1.inter * 10;
  const [lo, hi] = [a1.inter, a2.inter].sort((x, y) => x - y);
  return lo * 10 + hi;
}

type A = ExportIncident;
const cached = new WeakMap<A, ReturnType<typeof actors>>();
const act = (e: A) => {
  let v = cached.get(e);
  if (!v) cached.set(e, (v = actors(e)));
  return v;
};

export const ACLED_COLUMNS: Column<A>[] = [
  { name: "event_id_cnty", description: "Event id: ISO alpha-3 of the country plus the Strikewatch id (UKR123). Stable across exports.", value: (e) => `${countryCodes(e.row.country).alpha3}${e.row.id}` },
  { name: "event_date", description: "Day of the attack, YYYY-MM-DD (Kyiv time).", value: (e) => e.row.date },
  { name: "year", description: "Year of event_date.", value: (e) => Number(e.row.date.slice(0, 4)) },
  { name: "time_precision", description: "1: the exact day is known (every Strikewatch incident has its day).", value: () => 1 },
  { name: "disorder_type", description: "'Political violence' for strikes, 'Strategic developments' for interceptions.", value: (e) => eventType(e).disorder },
  { name: "event_type", description: "'Explosions/Remote violence' for strikes; 'Strategic developments' when everything reported was shot down and no one was hurt.", value: (e) => eventType(e).type },
  { name: "sub_event_type", description: "'Air/drone strike' (drones, aircraft, glide bombs), 'Shelling/artillery/missile attack' (missiles, artillery), 'Remote explosive/landmine/IED', or 'Disrupted weapons use' (interceptions).", value: (e) => eventType(e).sub },
  { name: "actor1", description: "The attacker's forces ('Military Forces of Russia (2000-)', 'Military Forces of Ukraine (2019-)', or 'Unidentified Armed Group (<country>)'); for interceptions, the intercepting state's forces.", value: (e) => act(e).a1.name },
  { name: "assoc_actor_1", description: "Not coded (always empty).", value: () => "" },
  { name: "inter1", description: "ACLED inter code of actor1: 1 state forces at home, 3 unidentified armed group, 8 external forces (a state's military abroad).", value: (e) => act(e).a1.inter },
  { name: "actor2", description: "'Civilians (<country>)' when the casualty sentences name civilian victims; for interceptions, the attacker's forces; else empty.", value: (e) => act(e).a2?.name ?? "" },
  { name: "assoc_actor_2", description: "Not coded (always empty).", value: () => "" },
  { name: "inter2", description: "ACLED inter code of actor2 (7 civilians); 0 when there is no actor2.", value: (e) => act(e).a2?.inter ?? 0 },
  { name: "interaction", description: "Both inter codes, lower first (e.g. 78 external forces against civilians, 18 at an interception); a lone actor gives inter1 followed by 0.", value: (e) => interaction(act(e).a1, act(e).a2) },
  { name: "civilian_targeting", description: "'Civilian targeting' when actor2 is civilians, else empty.", value: (e) => (act(e).civilian ? "Civilian targeting" : "") },
  { name: "iso", description: "ISO 3166-1 numeric code of the country where it landed (804 Ukraine, 643 Russia).", value: (e) => countryCodes(e.row.country).numeric },
  { name: "region", description: "ACLED world region: 'Europe' (ACLED files Ukraine and Russia there).", value: () => "Europe" },
  { name: "country", description: "Country where the strike landed.", value: (e) => countryCodes(e.row.country).name },
  { name: "admin1", description: "First-level region (oblast, federal subject), English name; empty for country-wide figures.", value: (e) => e.regionName ?? "" },
  { name: "admin2", description: "Not coded (empty).", value: () => "" },
  { name: "admin3", description: "Not coded (empty).", value: () => "" },
  { name: "location", description: "The settlement named, else the region, else the country.", value: (e) => e.row.place ?? e.regionName ?? countryCodes(e.row.country).name },
  { name: "latitude", description: "WGS84 latitude: the settlement's, else the region's centroid; empty for country-wide figures.", value: (e) => e.location?.lat ?? null },
  { name: "longitude", description: "WGS84 longitude, as latitude.", value: (e) => e.location?.lon ?? null },
  { name: "geo_precision", description: "1 the town itself, 2 near a town, 3 only the region (or country) is known.", value: (e) => e.location?.precision ?? 3 },
  { name: "source", description: "Publishers of the articles behind the figures, '; '-separated.", value: (e) => e.publishers.join("; ") },
  { name: "source_scale", description: "Reach of those publishers: International, National, Subnational, New media (Telegram), Other; several joined with '-'.", value: (e) => sourceScale(e.articles) },
  { name: "notes", description: "What happened and who claimed which figures (claimant and publisher), plus any editor corrections.", value: (e) => notes(e, countryCodes(e.row.country).name) },
  { name: "fatalities", description: "People killed (the value in force); 0 when no report gives a figure, as ACLED does.", value: (e) => e.row.killed ?? 0 },
  { name: "tags", description: "Weapon kinds reported (SPEC names), '; '-separated.", value: (e) => e.weapons.join("; ") },
  { name: "timestamp", description: "Unix time (seconds) of the incident's last change.", value: (e) => Math.floor(e.row.updatedAt.getTime() / 1000) },
];

export const ACLED_ALL_COLUMNS: Column<A>[] = [...ACLED_COLUMNS, ...extraColumns()];
