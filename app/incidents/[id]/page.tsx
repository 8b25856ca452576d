import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { COUNT_COLUMNS, FIELD_LABELS, FIELD_TO_COLUMN, parseWeapons, type CorrectableField } from "@/lib/fields";
import { getIncident, parseRanges, tollHistory } from "@/lib/queries/incidents";
import { regionName } from "@/lib/queries/regions";
import { attackerLabel } from "../../_components/colors";
import { fmt } from "../../_components/query";
import { Quote } from "../../_components/Quote";
import { SourceLink } from "../../_components/SafeLink";

export const dynamic = "force-dynamic";

const FIELD_LABEL: Record<string, string> = { ...Object.fromEntries(Object.entries(FIELD_TO_COLUMN).map(([f, c]) => [f, FIELD_LABELS[c]])), event: "Attack reported" };

function parseId(s: string): number {
  return /^\d{1,12}$/.test(s) ? Number(s) : NaN;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: `Incident ${id} · Strikewatch` };
}

function day(d: Date | null | undefined) {
  return d ? d.toISOString().slice(0, 16).replace("T", " ") + " UTC" : "date unknown";
}

function json(v: string | null) {
  if (v === null) return "–";
  try {
    const x = JSON.parse(v);
    return x === null ? "none" : Array.isArray(x) ? x.join(", ") : String(x);
  } catch {
    return v;
  }
}

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const inc = await getIncident(getDb(), parseId(id));
  if (!inc) notFound();
  const ranges = parseRanges(inc.ranges);
  const corrected = new Set(inc.corrections.map((c) => c.field));
  const history = tollHistory(inc.claims);
  const historyCols = COUNT_COLUMNS.filter((c) => history.some((h) => h.values[c] !== undefined));
  const fields = [...new Set(inc.claims.map((c) => c.field))];
  const weapons = parseWeapons(inc.weapons);

  return (
    <article className="stack">
      <header>
        <p className="muted small"><a href="/incidents">← Incidents</a></p>
        <h1>
          {inc.date} · {inc.place ?? regionName(inc.region)}{inc.region && inc.place && inc.place !== regionName(inc.region) ? `, ${regionName(inc.region)}` : ""}
          {!inc.region && `, ${inc.country === "UA" ? "Ukraine" : inc.country === "RU" ? "Russia" : inc.country}`}
        </h1>
        <p>
          <span className={`att att-${inc.attacker ?? "unknown"}`} aria-hidden="true" />Attacker: {attackerLabel(inc.attacker)}
          {" · "}Weapons: {weapons.join(", ").replace(/_/g, " ") || "not stated"}
          {" · "}<span className={`badge ${inc.reviewStatus}`}>{inc.reviewStatus}</span>
          {" · "}{inc.sourceCount} {inc.sourceCount === 1 ? "source" : "sources"}
        </p>
        <p><a className="button" href={`/admin/incidents/${inc.id}`}>Correct this incident</a></p>
      </header>

      <section className="card">
        <h2>Figures</h2>
        <p className="muted small">The figure in force is the most recent report's (best), unless an admin corrected it; low and high are the smallest and largest any report gave.</p>
        <table className="figures" data-testid="figures">
          <thead><tr><th scope="col">Figure</th><th scope="col" className="num">In force</th><th scope="col" className="num">Low</th><th scope="col" className="num">Best</th><th scope="col" className="num">High</th><th scope="col" className="num">Reports</th></tr></thead>
          <tbody>
            {COUNT_COLUMNS.filter((c) => inc[c] !== null || ranges[c]).map((c) => (
              <tr key={c}>
                <th scope="row">{FIELD_LABELS[c]}</th>
                <td className="num"><strong>{fmt(inc[c])}</strong>{corrected.has(c) && <span className="badge" title="set by a correction"> corrected</span>}</td>
                <td className="num">{fmt(ranges[c]?.low)}</td>
                <td className="num">{fmt(ranges[c]?.best)}</td>
                <td className="num">{fmt(ranges[c]?.high)}</td>
                <td className="num">{ranges[c]?.sources ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card">
        <h2>Claims behind the figures</h2>
        {inc.claims.length === 0 && <p className="muted">No claims: this incident stands on admin corrections only.</p>}
        {fields.map((field) => (
          <div key={field} className="claims-field">
            <h3>{FIELD_LABEL[field] ?? field}</h3>
            {inc.claims.filter((c) => c.field === field).map((c) => {
              const a = c.article;
              const left = c.excluded ? "excluded by an admin" : a.hidden ? "article hidden" : !a.isCurrent ? "older version of the report" : null;
              return (
                <div key={c.id} className={left ? "claim excluded" : "claim"} data-testid="claim">
                  <Quote claim={c} />
                  <div className="small">
                    {c.value !== null && <><strong>{fmt(c.value)}</strong>{c.qualifier !== "exact" && ` (${c.qualifier.replace(/_/g, " ")})`} · </>}
                    claimed by {c.claimant ?? "unnamed source"}
                    {" · "}<a href={`/articles/${a.id}`}>{a.publisher ?? "unknown publisher"}</a>
                    {", "}{day(a.published)}
                    {" · "}<SourceLink url={a.url}>{a.title ?? "original report"}</SourceLink>
                    {left && <> · <em>not counted: {left}</em></>}
                  </div>
                </div>
              );
            })}
          </div>
        ))}
      </section>

      {history.length > 0 && historyCols.length > 0 && (
        <section className="card">
          <h2>How the toll changed across reports</h2>
          <div className="table-wrap">
            <table data-testid="toll-history">
              <thead><tr><th scope="col">Reported</th><th scope="col">Report</th>{historyCols.map((c) => <th key={c} scope="col" className="num">{FIELD_LABELS[c]}</th>)}</tr></thead>
              <tbody>
                {history.map((h) => (
                  <tr key={h.articleId} className={h.counted ? undefined : "muted"}>
                    <td>{h.at.slice(0, 16).replace("T", " ")}</td>
                    <td><a href={`/articles/${h.articleId}`}>{h.publisher ?? h.title ?? `report ${h.articleId}`}</a>{!h.counted && " (not counted)"}</td>
                    {historyCols.map((c) => <td key={c} className="num">{fmt(h.values[c])}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section className="card">
        <h2>Corrections</h2>
        {inc.corrections.length === 0 ? <p className="muted">No corrections.</p> : (
          <table data-testid="corrections">
            <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Field</th><th scope="col">From → to</th><th scope="col">Why</th></tr></thead>
            <tbody>
              {inc.corrections.map((c) => (
                <tr key={c.id}>
                  <td>{day(c.createdAt)}</td>
                  <td>{c.editor}</td>
                  <td>{FIELD_LABELS[c.field as CorrectableField] ?? c.field}</td>
                  <td>{json(c.oldValue)} → {json(c.newValue)}</td>
                  <td>{c.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
