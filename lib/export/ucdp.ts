// UCDP GED-shaped CSV: the GED event columns (codebook names and meanings),
// then Strikewatch's own columns.
import type { Column } from "./csv";
import type { ExportIncident } from "./enrich";
import { countryCodes } from "./countries";
import { civilianVictims } from "./narrative";
import { extraColumns } from "./extra";

type E = ExportIncident;

/** UCDP where_prec: 1 exact place, 2 within about 25 km, 4 first-order region, 6 country only. */
export function wherePrec(e: E): number {
  if (!e.row.region) return 6;
  if (!e.location) return 4;
  return e.location.precision === 1 ? 1 : e.location.precision === 2 ? 2 : 4;
}

/** UCDP counts deaths; with no figure reported the estimate is 0 (UCDP has no "unknown"). */
const deaths = (e: E, which: "low" | "best" | "high") => {
  if (e.row.killed === null) return 0;
  if (which === "best") return e.row.killed;
  const r = e.ranges.killed;
  // A correction can put the value in force outside the reported spread: keep low <= best <= high.
  return which === "low" ? Math.min(r?.low ?? e.row.killed, e.row.killed) : Math.max(r?.high ?? e.row.killed, e.row.killed);
};

const sideA = "Government of Russia (Soviet Union)";
const sideB = "Government of Ukraine";
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export const UCDP_COLUMNS: Column<E>[] = [
  { name: "id", description: "Event id: the Strikewatch incident id.", value: (e) => e.row.id },
  { name: "date_start", description: "Earliest day of the event, YYYY-MM-DD.", value: (e) => e.row.date },
  { name: "date_end", description: "Latest day of the event (the same day: incidents are single days).", value: (e) => e.row.date },
  { name: "date_prec", description: "1: the exact day is known.", value: () => 1 },
  { name: "side_a", description: "UCDP's side A of the interstate dyad: 'Government of Russia (Soviet Union)', whichever side attacked (see attacker).", value: () => sideA },
  { name: "side_b", description: "Side B: 'Government of Ukraine'.", value: () => sideB },
  { name: "type_of_violence", description: "1: state-based conflict (the Russia–Ukraine interstate war).", value: () => 1 },
  { name: "where_prec", description: "1 exact place, 2 within about 25 km of a place, 4 only the first-order region, 6 only the country.", value: wherePrec },
  { name: "where_description", description: "The settlement named, else the region, else the country.", value: (e) => e.row.place ?? e.regionName ?? countryCodes(e.row.country).name },
  { name: "adm_1", description: "First-order region (English name); empty for country-wide figures.", value: (e) => e.regionName ?? "" },
  { name: "latitude", description: "WGS84 latitude (settlement, else region centroid); empty for country-wide figures.", value: (e) => e.location?.lat ?? null },
  { name: "longitude", description: "WGS84 longitude, as latitude.", value: (e) => e.location?.lon ?? null },
  { name: "country", description: "Country where it landed, UCDP's names ('Ukraine', 'Russia (Soviet Union)').", value: (e) => countryCodes(e.row.country).ucdpName },
  { name: "best", description: "Best estimate of deaths: the value in force; 0 when no report gives a figure.", value: (e) => deaths(e, "best") },
  { name: "low", description: "Lowest death figure among the reporting articles.", value: (e) => deaths(e, "low") },
  { name: "high", description: "Highest death figure among the reporting articles.", value: (e) => deaths(e, "high") },
  { name: "deaths_civilians", description: "Deaths when the casualty sentences name civilian victims (and none names soldiers); empty (null) where unknown.", value: (e) => (e.row.killed !== null && civilianVictims(e) === true ? e.row.killed : null) },
  { name: "number_of_sources", description: "Distinct articles behind the figures (those listed in source_article).", value: (e) => e.articles.length },
  { name: "source_article", description: "URLs of those articles, ';'-separated, oldest first.", value: (e) => e.articles.map((a) => (a.url ?? "").replace(/;/g, "%3B")).join(";") },
  { name: "source_office", description: "Their publishers, ';'-separated.", value: (e) => e.publishers.join(";") },
  { name: "source_date", description: "Their publication days (YYYY-MM-DD), ';'-separated, in the same order as source_article.", value: (e) => e.articles.map((a) => day(a.published)).join(";") },
  { name: "source_headline", description: "Their headlines, ';'-separated.", value: (e) => e.articles.map((a) => (a.title ?? "").replace(/;/g, ",")).join(";") },
];

export const UCDP_ALL_COLUMNS: Column<E>[] = [...UCDP_COLUMNS, ...extraColumns()];
