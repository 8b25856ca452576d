import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { columnOfField, FIELD_LABELS } from "@/lib/fields";
import { getArticle } from "@/lib/queries/articles";
import { segment } from "@/lib/queries/highlight";
import { SourceLink } from "../../_components/SafeLink";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Report · Strikewatch" };

/** A claim's field as the highlighted figure's tooltip names it. */
function fieldLabel(field: string): string {
  const col = columnOfField(field);
  return col ? FIELD_LABELS[col].toLowerCase() : field === "event" ? "attack" : field;
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const a = await getArticle(getDb(), /^\d{1,12}$/.test(id) ? Number(id) : NaN);
  if (!a) notFound();
  // The body is split into text and <mark> segments: React escapes every part,
  // so markup inside a report stays visible text.
  const parts = segment(a.body, a.claims.map((c) => ({ start: c.start, end: c.end, data: c })));
  const linked = a.claims.filter((c) => c.incidentId !== null).length;
  return (
    <article className="stack">
      <header>
        <p className="muted small"><a href="/articles">← Reports</a></p>
        <h1>{a.title ?? `Report ${a.id}`}</h1>
        <p className="muted">
          {a.publisher ?? "Unknown publisher"} · {a.published ? a.published.toISOString().slice(0, 16).replace("T", " ") + " UTC" : "date unknown"}
          {" · "}{a.language} · <SourceLink url={a.url}>{a.url ?? a.sourceKey ?? "no address"}</SourceLink>
        </p>
        {a.hidden && <div className="notice warn">This report is hidden: its claims are left out of every figure.</div>}
        {!a.isCurrent && <div className="notice warn">An older version of this report: a newer one replaced it.</div>}
        <p className="small">{a.claims.length} extracted figures, {linked} linked to incidents. Each highlighted span links to its incident.</p>
      </header>
      <div className="card article-body" data-testid="article-body">
        {parts.map((p, i) => {
          if (!p.span) return <span key={i}>{p.text}</span>;
          const c = p.span.data;
          const title = `${fieldLabel(c.field)}${c.value !== null ? `: ${c.value}` : ""}${c.excluded ? " (excluded)" : ""}`;
          return (
            <mark key={i} title={title} className={c.excluded ? "excluded" : undefined} data-field={c.field}>
              {c.incidentId !== null ? <a href={`/incidents/${c.incidentId}`}>{p.text}</a> : p.text}
            </mark>
          );
        })}
      </div>
    </article>
  );
}
