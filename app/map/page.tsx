import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { hasDemoData, listPublishers } from "@/lib/queries/articles";
import { COUNT_COLUMNS, FIELD_LABELS } from "@/lib/fields";
import { getCountryWide, REGIONS } from "@/lib/queries/regions";
import { WEAPONS } from "@/lib/extract/types";
import { readParams, type SearchParams } from "../_components/params";
import { FiltersBar } from "../_components/FiltersBar";
import { FilterErrors } from "../_components/FilterErrors";
import { DemoNotice } from "../_components/DemoNotice";
import { RegionMap } from "../_components/map/RegionMap";
import { MEASURE_LABELS } from "../_components/map/measures";
import { getMapData, parseMeasure, tileConfig } from "../_components/map/mapData";
import { fmt, withQuery } from "../_components/query";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Map · Strikewatch" };

const COUNTRY = { UA: "Ukraine", RU: "Russia" } as Record<string, string>;

const COUNTRY_WIDE_ROWS = [["incidents", "Incidents"] as const, ...COUNT_COLUMNS.map((c) => [c, FIELD_LABELS[c]] as const)];

export default async function MapPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters, errors, query } = await readParams(searchParams, ["measure"]);
  const measure = parseMeasure(query.measure);
  const db = getDb();
  const [map, countryWide, publishers, demo] = await Promise.all([getMapData(db, filters), getCountryWide(db, filters), listPublishers(db), hasDemoData(db)]);
  const top = [...map.totals].sort((a, b) => (b[measure] ?? 0) - (a[measure] ?? 0)).filter((r) => (r[measure] ?? 0) > 0).slice(0, 10);
  return (
    <>
      <h1>Map by region</h1>
      <DemoNotice show={demo} />
      <FilterErrors errors={errors} />
      <FiltersBar path="/map" query={query} keep={["measure"]} options={{ regions: REGIONS, publishers, weapons: WEAPONS }} />
      <div className="map-layout">
        <RegionMap path="/map" query={query} measure={measure} regions={map.regions} points={map.points} totalPoints={map.totalPoints} height={600} {...tileConfig()} />
        <aside className="map-side stack">
          <section className="card" data-testid="country-wide">
            <h2>Country-wide figures</h2>
            <p className="muted small">Reported for a whole country, not pinned to any place on the map.</p>
            {countryWide.length === 0 ? <p className="muted">None for these filters.</p> : (
              <table>
                <thead><tr><th></th>{countryWide.map((c) => <th key={c.country} className="num">{COUNTRY[c.country] ?? c.country}</th>)}</tr></thead>
                <tbody>
                  {COUNTRY_WIDE_ROWS.map(([k, label]) => (
                    <tr key={k}><th scope="row">{label}</th>{countryWide.map((c) => <td key={c.country} className="num">{fmt(c[k])}</td>)}</tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section className="card">
            <h2>Top regions: {MEASURE_LABELS[measure].toLowerCase()}</h2>
            {top.length === 0 ? <p className="muted">No regional figures for these filters.</p> : (
              <ol className="small">
                {top.map((r) => <li key={r.code}><a href={withQuery(`/regions/${r.code}`, query, { region: undefined })}>{r.name}</a>: {fmt(r[measure])}</li>)}
              </ol>
            )}
          </section>
        </aside>
      </div>
    </>
  );
}
