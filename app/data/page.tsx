import { parseFiltersLenient } from "@/lib/queries/filters";
import { ACLED_COLUMNS, ACLED_ALL_COLUMNS } from "@/lib/export/acled";
import { UCDP_COLUMNS, UCDP_ALL_COLUMNS } from "@/lib/export/ucdp";
import { CLAIM_CSV_COLUMNS } from "@/lib/export/claims";
import { GEOJSON_PROPERTIES } from "@/lib/export/geojson";
import { ACCURACY } from "@/lib/export/accuracy";
import { ExportLinks } from "@/app/_components/export/ExportLinks";

// The data dictionary: every column of every download, and the rules that
// produce the figures. Column descriptions come from the same definitions
// the exports write with (lib/export/*.ts).
export const metadata = { title: "Data dictionary · Strikewatch" };

function Columns({ columns, codebook }: { columns: { name: string; description: string }[]; codebook?: number }) {
  return (
    <div style={{ overflowX: "auto" }}>
      <table className="data-table">
        <thead>
          <tr>
            <th>#</th>
            <th>Column</th>
            <th>Meaning</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c, i) => (
            <tr key={c.name}>
              <td className="num">{i + 1}</td>
              <td>
                <code>{c.name}</code>
                {codebook !== undefined && i >= codebook ? <span className="badge">Strikewatch</span> : null}
              </td>
              <td>{c.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const pct = (v: number | null) => (v === null ? "–" : `${(v <= 1 ? v * 100 : v).toFixed(1)}%`);

function AccuracyTable() {
  if (!ACCURACY.measuredAt || ACCURACY.sets.length === 0) {
    return <p className="notice">{ACCURACY.note ?? "Not measured yet."}</p>;
  }
  return (
    <>
      <p>
        Measured on {ACCURACY.measuredAt} with extractor version {ACCURACY.extractorVersion}, scored as the evaluation set&apos;s rules say: an
        incident matches when date, country, region and attacker agree; each incident and each of its counts is one slot; precision, recall and F1
        are over all slots of all reports together (micro-averaged).
      </p>
      <div style={{ overflowX: "auto" }}>
        <table className="data-table" data-testid="accuracy">
          <thead>
            <tr>
              <th>Evaluation set</th>
              <th>Reports</th>
              <th>Precision</th>
              <th>Recall</th>
              <th>F1</th>
              <th>Place accuracy</th>
            </tr>
          </thead>
          <tbody>
            {ACCURACY.sets.map((s) => (
              <tr key={s.dir}>
                <td>
                  <code>{s.dir.replace(/^.*eval\//, "")}</code>
                </td>
                <td className="num">{s.reports ?? "–"}</td>
                <td className="num">{pct(s.precision)}</td>
                <td className="num">{pct(s.recall)}</td>
                <td className="num">{pct(s.f1)}</td>
                <td className="num">{pct(s.placeAccuracy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export default async function DataDictionary({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filters } = parseFiltersLenient(await searchParams);
  return (
    <div className="stack">
      <section className="card">
        <h1>Data dictionary</h1>
        <p>
          Strikewatch reads news reports, pulls out every stated figure (drones and missiles launched and shot down, people killed and injured)
          with the sentence it came from, groups the figures into incidents and lets editors correct them. Everything below is downloadable under
          the same filters as the dashboard (date range, country, region, attacker, weapon, publisher, language, review status), as query
          parameters on each link; the JSON API is described on the <a href="/api-docs">API reference</a>.
        </p>
        <ExportLinks filters={filters} title="Download" />
      </section>

      <section className="card">
        <h2>What an incident is</h2>
        <p>
          One attack wave, on one calendar day (Kyiv time), in one first-level region (a Ukrainian oblast or a Russian federal subject), by one
          attacker. Figures that a report gives for the whole country, or for several regions at once, such as the air force&apos;s overnight
          tally, form a separate country-wide incident with no region. A region named as attacked, or as where weapons were shot down, gets its
          own incident even when its figures were only given together with other regions.
        </p>
        <h3>Counting rules</h3>
        <ul>
          <li>Only stated numbers count, in digits or words (&quot;a dozen&quot; is 12). Vague amounts such as &quot;dozens&quot; or &quot;several&quot; give no figure; so do &quot;no casualties&quot; and similar.</li>
          <li>Qualified numbers are taken as written: &quot;at least 14&quot;, &quot;more than 120&quot;, &quot;about 60&quot; and &quot;up to 30&quot; count 14, 120, 60 and 30. The qualifier is kept on each claim.</li>
          <li>Separately described victims or weapons of the same incident are added up; a figure that repeats or updates an earlier one is not. Where one report gives several figures for the same count, the highest stands.</li>
          <li>Shot down includes destroyed, intercepted, neutralised, suppressed and a combined &quot;shot down or jammed&quot; figure, but not drones reported lost to jamming on their own.</li>
          <li>Shahed, Geran, UAV and FPV are drones; sea drones are not. Iskander, Kinzhal and KN-23 are ballistic missiles; Kh-101, Kalibr and Kh-59 cruise missiles; KAB glide bombs.</li>
          <li>Weapons that &quot;struck&quot; or &quot;hit&quot; count as launched when the report gives no other launched or downed figure for that weapon.</li>
          <li>Both sides&apos; claims are incidents: Russia&apos;s defence ministry reporting Ukrainian drones destroyed over a Russian region is an incident in Russia with Ukraine as attacker.</li>
          <li>Not counted: ground fighting, totals over several days, and war-wide loss totals. Background attacks count when the report pins them to a day and place.</li>
        </ul>
      </section>

      <section className="card">
        <h2>How reports merge, and what low / best / high mean</h2>
        <p>
          Each claim carries a natural key: date, country, region and attacker. Claims with the same key, from any number of articles, belong to
          the same incident. When an editor merges two incidents the absorbed key keeps pointing at the survivor, so later reports land there too.
        </p>
        <p>
          For each count the figures are derived again whenever a report arrives or an editor acts, over the claims that are not excluded and
          come from the current version of a visible article. Each article contributes its highest claim for that count. Then:
        </p>
        <ul>
          <li>
            <strong>best</strong>: the figure of the most recent article (by publication time, then ingest time): tolls rise as news comes in, so the
            latest report is usually the most complete.
          </li>
          <li>
            <strong>low</strong> and <strong>high</strong>: the smallest and largest figure any article gave, the spread between sources.
          </li>
          <li>
            The value in force (the plain count columns, ACLED&apos;s <code>fatalities</code>, UCDP&apos;s <code>best</code>) is best, unless an
            editor corrected it: the newest correction of a field stands, and the export names it in <code>corrections</code>.
          </li>
        </ul>
        <p>An empty cell means no report gave a figure, which is not the same as zero. ACLED and UCDP columns that cannot be empty use 0 there, as those datasets do.</p>
      </section>

      <section className="card">
        <h2>Extraction accuracy</h2>
        <AccuracyTable />
      </section>

      <section className="card">
        <h2>File conventions</h2>
        <ul>
          <li>CSV per RFC 4180: comma-separated, UTF-8 without byte-order mark, CRLF line ends, fields with commas, quotes or line breaks in double quotes.</li>
          <li>Text cells beginning with = + @ or a dash not followed by a number get a leading apostrophe, so spreadsheets do not run them as formulas.</li>
          <li>Dates are YYYY-MM-DD (Kyiv time); timestamps ISO 8601 in UTC, except ACLED&apos;s <code>timestamp</code> (Unix seconds).</li>
          <li>Incident rows are ordered by date, then id; claims by claim id. Files are streamed: large downloads start at once.</li>
          <li>Coordinates are WGS84. When no settlement was located, a region&apos;s centroid is used and marked as region precision.</li>
        </ul>
      </section>

      <section className="card">
        <h2>ACLED-shaped CSV</h2>
        <p>
          <code>/api/export/acled.csv</code>: the {ACLED_COLUMNS.length} columns of ACLED&apos;s codebook in its order, then{" "}
          {ACLED_ALL_COLUMNS.length - ACLED_COLUMNS.length} Strikewatch columns.
        </p>
        <Columns columns={ACLED_ALL_COLUMNS} codebook={ACLED_COLUMNS.length} />
      </section>

      <section className="card">
        <h2>UCDP GED-shaped CSV</h2>
        <p>
          <code>/api/export/ucdp.csv</code>: UCDP&apos;s Georeferenced Event Dataset columns, then the same Strikewatch columns as the ACLED file.
        </p>
        <Columns columns={UCDP_ALL_COLUMNS} codebook={UCDP_COLUMNS.length} />
      </section>

      <section className="card">
        <h2>GeoJSON</h2>
        <p>
          <code>/api/export/incidents.geojson</code>: an RFC 7946 FeatureCollection, one Feature per incident with a Point at [longitude, latitude];
          country-wide figures have <code>geometry: null</code>. Properties:
        </p>
        <Columns columns={GEOJSON_PROPERTIES} />
      </section>

      <section className="card">
        <h2>Claims CSV</h2>
        <p>
          <code>/api/export/claims.csv</code>: every claim attached to an incident that matches the filters, including claims that do not count,
          for checking a figure against its source.
        </p>
        <Columns columns={CLAIM_CSV_COLUMNS} />
      </section>
    </div>
  );
}
