import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { listPublishers } from "@/lib/queries/articles";
import { COUNT_COLUMNS, FIELD_LABELS } from "@/lib/fields";
import { listIncidents, parseSort, type SortKey } from "@/lib/queries/incidents";
import { REGIONS, regionName } from "@/lib/queries/regions";
import { WEAPONS } from "@/lib/extract/types";
import { readParams, type SearchParams } from "../_components/params";
import { FiltersBar } from "../_components/FiltersBar";
import { FilterErrors } from "../_components/FilterErrors";
import { attackerLabel } from "../_components/colors";
import { fmt, withQuery } from "../_components/query";
import { ExportLinks } from "../_components/export/ExportLinks";
import { Pager } from "../_components/Pager";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Incidents · Strikewatch" };

const COLUMNS: { key: SortKey; label: string; num?: boolean }[] = [
  ...(["date", "place", "region", "attacker"] as const).map((key) => ({ key, label: FIELD_LABELS[key] })),
  ...COUNT_COLUMNS.map((key) => ({ key, label: FIELD_LABELS[key], num: true })),
  { key: "reviewStatus", label: "Review" },
  { key: "sourceCount", label: "Sources", num: true },
];

export default async function IncidentsPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters, errors, query } = await readParams(searchParams, ["sort", "dir", "page"]);
  const { sort, dir } = parseSort(query.sort, query.dir);
  const db = getDb();
  const [data, publishers] = await Promise.all([
    listIncidents(db, filters, { sort, dir, page: Number(query.page) || 1 }),
    listPublishers(db),
  ]);
  const sortLink = (k: SortKey) => withQuery("/incidents", query, { sort: k === "date" ? undefined : k, dir: k === sort && dir === "desc" ? "asc" : undefined });
  const pageLink = (p: number) => withQuery("/incidents", query, { page: p > 1 ? String(p) : undefined });
  return (
    <>
      <h1>Incidents</h1>
      <FilterErrors errors={errors} />
      <FiltersBar path="/incidents" query={query} keep={["sort", "dir"]} options={{ regions: REGIONS, publishers, weapons: WEAPONS }} />
      <p className="muted" data-testid="incident-count">{data.total.toLocaleString("en-GB")} incidents{data.total > 0 && `, page ${data.page} of ${data.pageCount}`}</p>
      <ExportLinks filters={filters} />
      {data.total === 0 ? <p className="empty">No incidents match these filters.</p> : (
        <div className="table-wrap">
          <table className="data-table" data-testid="incidents-table">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.key} scope="col" className={c.num ? "num" : undefined} aria-sort={c.key === sort ? (dir === "asc" ? "ascending" : "descending") : undefined}>
                    <a href={sortLink(c.key)}>{c.label}{c.key === sort ? (dir === "asc" ? " ▲" : " ▼") : ""}</a>
                  </th>
                ))}
                <th scope="col">Weapons</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.id}>
                  <td><a href={`/incidents/${r.id}`}>{r.date}</a></td>
                  <td>{r.place ?? "–"}</td>
                  <td>{r.region ? regionName(r.region) : `${r.country}, country-wide`}</td>
                  <td className="nowrap"><span className={`att att-${r.attacker ?? "unknown"}`} aria-hidden="true" />{attackerLabel(r.attacker)}</td>
                  <td className="num">{fmt(r.dronesLaunched)}</td>
                  <td className="num">{fmt(r.dronesDowned)}</td>
                  <td className="num">{fmt(r.missilesLaunched)}</td>
                  <td className="num">{fmt(r.missilesDowned)}</td>
                  <td className="num">{fmt(r.killed)}</td>
                  <td className="num">{fmt(r.injured)}</td>
                  <td><span className={`badge ${r.reviewStatus}`}>{r.reviewStatus}</span></td>
                  <td className="num">{r.sourceCount}</td>
                  <td className="small">{r.weapons.join(", ").replace(/_/g, " ") || "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={data.page} pageCount={data.pageCount} href={pageLink} />
    </>
  );
}
