import { Suspense } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { parseBucket } from "@/lib/queries/sql";
import { getDateSpan } from "@/lib/queries/series";
import { hasDemoData, listPublishers } from "@/lib/queries/articles";
import { REGIONS, regionInfo } from "@/lib/queries/regions";
import { WEAPONS } from "@/lib/extract/types";
import { readParams, type SearchParams } from "../../_components/params";
import { FiltersBar } from "../../_components/FiltersBar";
import { FilterErrors } from "../../_components/FilterErrors";
import { DemoNotice } from "../../_components/DemoNotice";
import { Overview } from "../../_components/dashboard/Overview";
import { parseMeasure } from "../../_components/map/mapData";
import { withQuery } from "../../_components/query";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const { code } = await params;
  return { title: `${regionInfo(code)?.name ?? code} · Strikewatch` };
}

/** A region's page: the overview with everything filtered to that region. */
export default async function RegionPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: SearchParams }) {
  const { code } = await params;
  const info = regionInfo(code);
  if (!info) notFound();
  const { filters, errors, query } = await readParams(searchParams, ["bucket", "measure"]);
  const path = `/regions/${info.code}`;
  const pageQuery = { ...query };
  delete pageQuery.region;
  const db = getDb();
  const [publishers, demo, span] = await Promise.all([listPublishers(db), hasDemoData(db), getDateSpan(db, filters)]);
  return (
    <>
      <p className="muted small"><a href={withQuery("/regions", pageQuery, { bucket: undefined, measure: undefined })}>← All regions</a></p>
      <h1>{info.name} <span className="muted small">{info.code}, {info.country === "UA" ? "Ukraine" : "Russia"}</span></h1>
      <DemoNotice show={demo} />
      <FilterErrors errors={errors} />
      <FiltersBar path={path} query={pageQuery} lockRegion keep={["bucket", "measure"]} options={{ regions: REGIONS, publishers, weapons: WEAPONS }} />
      {/* Totals, charts and map stream in; the filters are usable at once. */}
      <Suspense fallback={<p className="map-loading" role="status">Loading figures…</p>}>
        <Overview db={db} filters={{ ...filters, region: info.code }} bucket={parseBucket(query.bucket, span)} autoBucket={!query.bucket} path={path} query={{ ...pageQuery, region: info.code }} measure={parseMeasure(query.measure)} />
      </Suspense>
    </>
  );
}
