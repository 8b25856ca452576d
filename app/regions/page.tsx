import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { listPublishers } from "@/lib/queries/articles";
import { getRegionSparklines, getRegionTotals, REGIONS } from "@/lib/queries/regions";
import { WEAPONS } from "@/lib/extract/types";
import { readParams, type SearchParams } from "../_components/params";
import { FiltersBar } from "../_components/FiltersBar";
import { FilterErrors } from "../_components/FilterErrors";
import { Sparkline } from "../_components/charts/Sparkline";
import { fmt, withQuery } from "../_components/query";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Regions · Strikewatch" };

export default async function RegionsPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters, errors, query } = await readParams(searchParams);
  // The table lists every region; a region filter would leave one row, so it is ignored here.
  const f = { ...filters, region: undefined };
  const db = getDb();
  const [totals, spark, publishers] = await Promise.all([getRegionTotals(db, f), getRegionSparklines(db, f), listPublishers(db)]);
  const linkQuery = { ...query };
  delete linkQuery.region;
  return (
    <>
      <h1>By region</h1>
      <FilterErrors errors={errors} />
      <FiltersBar path="/regions" query={linkQuery} lockRegion options={{ regions: REGIONS, publishers, weapons: WEAPONS }} />
      {totals.length === 0 ? <p className="empty">No regional incidents match these filters.</p> : (
        <div className="table-wrap">
          <table className="data-table" data-testid="regions-table">
            <thead>
              <tr>
                <th scope="col">Region</th><th scope="col">Country</th><th scope="col" className="num">Incidents</th><th scope="col" className="num">Killed</th>
                <th scope="col" className="num">Injured</th><th scope="col" className="num">Drones launched</th><th scope="col" className="num">Drones downed</th>
                <th scope="col">Incidents per month{spark.months.length > 0 && <span className="muted small"> ({spark.months[0]} to {spark.months.at(-1)})</span>}</th>
              </tr>
            </thead>
            <tbody>
              {totals.map((r) => (
                <tr key={r.code}>
                  <td><a href={withQuery(`/regions/${r.code}`, linkQuery)}>{r.name}</a> <span className="muted small">{r.code}</span></td>
                  <td>{r.country}</td>
                  <td className="num">{fmt(r.incidents)}</td>
                  <td className="num">{fmt(r.killed)}</td>
                  <td className="num">{fmt(r.injured)}</td>
                  <td className="num">{fmt(r.dronesLaunched)}</td>
                  <td className="num">{fmt(r.dronesDowned)}</td>
                  <td><Sparkline values={spark.byRegion[r.code] ?? []} label={`${r.name}: incidents per month, peak ${Math.max(0, ...(spark.byRegion[r.code] ?? [0]))}`} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
