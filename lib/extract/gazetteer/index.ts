// Place lookup for the extractor and the rest of the app (region names, coordinates).
import { REGION_DEFS, type RegionDef } from "./regions";
import { SETTLEMENTS } from "./settlements.generated";
import { CYRILLIC_CITIES, CYRILLIC_TWO_WORD } from "./cyrillic";

export interface RegionInfo { code: string; name: string; country: "UA" | "RU" }
export const REGIONS: RegionInfo[] = REGION_DEFS.map((r) => ({ code: r.code, name: r.name, country: r.country }));
const REGION_BY_CODE = new Map<string, RegionDef>(REGION_DEFS.map((r) => [r.code, r]));

export function regionName(code: string | null | undefined): string | null {
  return (code && REGION_BY_CODE.get(code)?.name) || null;
}
export function regionCountry(code: string): "UA" | "RU" | null {
  return REGION_BY_CODE.get(code)?.country ?? null;
}

export interface Settlement { name: string; region: string; lat: number; lon: number; pop: number }

/** Loose spelling key: folds the y/i, ya/ia, zhzh/zh, ss/s and kh/h variation between romanisations. */
export function looseKey(s: string): string {
  return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z]/g, "")
    .replace(/zhzh/g, "zh").replace(/yy|iy|yi|ij/g, "i").replace(/[iy]([aeu])/g, "$1").replace(/y/g, "i")
    .replace(/ss/g, "s").replace(/kh/g, "h").replace(/ie/g, "e").replace(/j/g, "i");
}
/** Loose key without a final vowel: matches de-inflected Cyrillic stems ("Коломне" -> kolomn). */
export function stemKey(s: string): string { return looseKey(s).replace(/[aeiou]+$/, ""); }

// News spellings -> official names (Russian-era spellings of Ukrainian cities, and renamings).
const NEWS_ALIASES: Record<string, string> = {
  kiev: "Kyiv", kharkov: "Kharkiv", odessa: "Odesa", nikolaev: "Mykolaiv", nikolayev: "Mykolaiv", zaporozhye: "Zaporizhzhia",
  zaporozhia: "Zaporizhzhia", "krivoy rog": "Kryvyi Rih", "kryvyy rih": "Kryvyi Rih", "kriviy rih": "Kryvyi Rih",
  chernigov: "Chernihiv", dnepr: "Dnipro", dnipro: "Dnipro", dnepropetrovsk: "Dnipro", lvov: "Lviv", artemovsk: "Bakhmut",
  artyomovsk: "Bakhmut", bakhmut: "Bakhmut", rovno: "Rivne", vinnitsa: "Vinnytsia", zhitomir: "Zhytomyr",
  cherkassy: "Cherkasy", chernovtsy: "Chernivtsi", lugansk: "Luhansk", kramatorsk: "Kramatorsk", slavyansk: "Sloviansk",
  sloviansk: "Sloviansk", slovyansk: "Sloviansk", kherson: "Kherson", mariupol: "Mariupol", sevastopol: "Sevastopol",
  pavlograd: "Pavlohrad", "belaya tserkov": "Bila Tserkva", dzhankoy: "Dzhankoi", "kropyvnytskyi": "Kropyvnytskyi",
  kirovograd: "Kropyvnytskyi", kirovohrad: "Kropyvnytskyi", izium: "Izium", izyum: "Izium", kupiansk: "Kupiansk",
  kupyansk: "Kupiansk", pokrovsk: "Pokrovsk", avdiivka: "Avdiivka", avdeyevka: "Avdiivka", "rostov-on-don": "Rostov-on-Don",
  "rostov-na-donu": "Rostov-on-Don", "st petersburg": "Saint Petersburg", "st. petersburg": "Saint Petersburg",
  "saint petersburg": "Saint Petersburg", ilsky: "Ilsky", novorossiysk: "Novorossiysk", tuapse: "Tuapse",
};

// Region capitals whose official name the GeoNames data spells otherwise.
const CAPITAL_REGION: Record<string, string> = { Kyiv: "UA-30", Moscow: "RU-MOW", Sevastopol: "UA-40", "Saint Petersburg": "RU-SPE",
  "Rostov-on-Don": "RU-ROS", Kropyvnytskyi: "UA-35", Dnipro: "UA-12", "Veliky Novgorod": "RU-NGR" };

const byExact = new Map<string, Settlement[]>(); // lowercased name
const byStem = new Map<string, Settlement[]>(); // stemKey
const canonical = new Map<string, Settlement>(); // official name + region
const MIN_POP_BARE = 3000; // smaller villages are matched only when named as "village of X"

function addIndex(map: Map<string, Settlement[]>, key: string, s: Settlement) {
  let l = map.get(key);
  if (!l) map.set(key, (l = []));
  if (!l.some((x) => x.name === s.name && x.region === s.region)) l.push(s);
}

for (const [name, region, lat, lon, pop] of SETTLEMENTS) {
  const s: Settlement = { name, region, lat, lon, pop };
  if (pop >= 0) canonical.set(`${name}|${region}`, s);
  addIndex(byExact, name.toLowerCase(), s);
  if (pop >= MIN_POP_BARE || pop < 0) addIndex(byStem, stemKey(name), s);
}
// canonical entries for aliases that point at an official name
function findOfficial(name: string, region?: string): Settlement | undefined {
  const list = byExact.get(name.toLowerCase()) ?? byStem.get(stemKey(name));
  if (!list) return undefined;
  const hits = list.filter((s) => !region || s.region === region);
  return hits.sort((a, b) => b.pop - a.pop)[0];
}
for (const [alias, official] of Object.entries(NEWS_ALIASES)) {
  const region = CAPITAL_REGION[official];
  const base = findOfficial(official, region) ?? (region ? undefined : findOfficial(alias));
  const s: Settlement = base ? { ...base, name: official } : { name: official, region: region ?? "", lat: 0, lon: 0, pop: 1e6 };
  if (!s.region) continue;
  if (region) s.region = region;
  canonical.set(`${official}|${s.region}`, s);
  addIndex(byExact, alias, s);
  addIndex(byExact, official.toLowerCase(), s);
}

/** Coordinates of a settlement (official or news spelling), optionally within a region. */
const coordMemo = new Map<string, { lat: number; lon: number; region: string } | null>();
export function placeCoordinates(name: string, region?: string | null): { lat: number; lon: number; region: string } | null {
  const key = name + "|" + (region ?? "");
  let v = coordMemo.get(key);
  if (v === undefined) {
    v = lookupCoordinates(name, region);
    if (coordMemo.size > 50_000) coordMemo.clear();
    coordMemo.set(key, v);
  }
  return v;
}
function lookupCoordinates(name: string, region?: string | null): { lat: number; lon: number; region: string } | null {
  const list = (byExact.get(name.toLowerCase()) ?? byStem.get(stemKey(name)) ?? []).filter((s) => !region || s.region === region);
  const s = list.sort((a, b) => b.pop - a.pop)[0];
  return s && s.lat ? { lat: s.lat, lon: s.lon, region: s.region } : null;
}

export function multiWordNames(): string[] { return [...byExact.keys()].filter((k) => k.includes(" ")); }
export function settlementsExact(key: string): Settlement[] | undefined { return byExact.get(key); }
export function settlementsByStem(key: string): Settlement[] | undefined { return byStem.get(key); }

/** Region aliases (English), lowercased -> region defs sharing the alias. */
export const REGION_ALIASES = new Map<string, RegionDef[]>();
for (const r of REGION_DEFS) for (const a of r.en) {
  const k = a.toLowerCase();
  const l = REGION_ALIASES.get(k) ?? [];
  l.push(r);
  REGION_ALIASES.set(k, l);
}
/** Cyrillic stems: longest first. */
export const CYR_REGION_STEMS: [string, string][] = REGION_DEFS.flatMap((r) => r.cyr.map((s) => [s, r.code] as [string, string]))
  .sort((a, b) => b[0].length - a[0].length);
export const CYR_CITY_STEMS: [string, string, string][] = CYRILLIC_CITIES.flatMap(([stems, name, region]) =>
  stems.split("|").map((s) => [s, name, region] as [string, string, string])).sort((a, b) => b[0].length - a[0].length);
export { CYRILLIC_TWO_WORD, REGION_BY_CODE };
export type { RegionDef };
