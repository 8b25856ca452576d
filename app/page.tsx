import { Suspense } from "react";
import { getDb } from "@/lib/db/client";
import { parseBucket } from "@/lib/queries/sql";
import { getDateSpan } from "@/lib/queries/series";
import { getDatabaseCounts, hasDemoData, listPublishers } from "@/lib/queries/articles";
import { REGIONS } from "@/lib/queries/regions";
import { WEAPONS } from "@/lib/extract/types";
import { readParams, type SearchParams } from "./_components/params";
import { FiltersBar } from "./_components/FiltersBar";
import { FilterErrors } from "./_components/FilterErrors";
import { DemoNotice } from "./_components/DemoNotice";
import { DatabaseSummary } from "./_components/DatabaseSummary";
import { ExportLinks } from "./_components/export/ExportLinks";
import { Overview } from "./_components/dashboard/Overview";
import { parseMeasure } from "./_components/map/mapData";

// Reads the database on every request.
export const dynamic = "force-dynamic";

export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters, errors, query } = await readParams(searchParams, ["bucket", "measure"]);
  const db = getDb();
  const [publishers, demo, span, counts] = await Promise.all([listPublishers(db), hasDemoData(db), getDateSpan(db, filters), getDatabaseCounts(db)]);
  return (
    <>
      <h1>Strikes, air defence and casualties</h1>
      <DemoNotice show={demo} />
      <FilterErrors errors={errors} />
      <FiltersBar path="/" query={query} keep={["bucket", "measure"]} options={{ regions: REGIONS, publishers, weapons: WEAPONS }} />
      {/* Totals, charts and map stream in; the filters are usable at once. */}
      <Suspense fallback={<p className="map-loading" role="status">Loading figures…</p>}>
        <Overview db={db} filters={filters} bucket={parseBucket(query.bucket, span)} autoBucket={!query.bucket} path="/" query={query} measure={parseMeasure(query.measure)} />
      </Suspense>
      <ExportLinks filters={filters} />
      <DatabaseSummary counts={counts} />
    </>
  );
}
