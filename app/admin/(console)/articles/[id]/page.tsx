import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { requireAdmin } from "@/lib/auth/session";
import { articleForAdmin } from "@/lib/services/admin/read";
import { ActionForm } from "@/app/_components/admin/ActionForm";
import { AuditTrail, when } from "@/app/_components/admin/AuditTrail";
import { Quote } from "@/app/_components/Quote";
import { SourceLink } from "@/app/_components/SafeLink";
import { hideArticleAction } from "../../../_actions/hide-article";
import { restoreArticleAction } from "../../../_actions/restore-article";
import { reextractArticleAction } from "../../../_actions/reextract-article";

export const dynamic = "force-dynamic";

export default async function AdminArticle({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id: raw } = await params;
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(id)) notFound();
  const data = await articleForAdmin(getDb(), id);
  if (!data) notFound();
  const { article: a, events, versions } = data;

  return (
    <>
      <section className="card admin-section">
        {/* Titles and bodies come from outside: rendered as text by React, never as HTML. */}
        <h1 data-testid="article-title">{a.title || `Article ${a.id}`}</h1>
        <dl className="values small">
          <dt>Publisher</dt>
          <dd>{a.publisher ?? "unknown"}</dd>
          <dt>Published</dt>
          <dd>{when(a.published)}</dd>
          <dt>Source</dt>
          <dd>
            <SourceLink url={a.url}>{a.url ?? a.sourceKey ?? a.sourceKind}</SourceLink>
          </dd>
          <dt>Extractor</dt>
          <dd>{a.extractorVersion}</dd>
          <dt>Status</dt>
          <dd data-testid="article-status">
            {a.hidden ? "hidden (its claims do not count)" : "shown"}
            {a.isCurrent ? "" : " · old version: a newer version of this page replaced it"}
          </dd>
          {versions.length > 1 && (
            <>
              <dt>Versions</dt>
              <dd>
                {versions.map((v) => (
                  <span key={v.id}>
                    {v.id === a.id ? <strong>#{v.id}</strong> : <a href={`/admin/articles/${v.id}`}>#{v.id}</a>}{" "}
                  </span>
                ))}
              </dd>
            </>
          )}
        </dl>
        <div>
          {a.hidden ? (
            <ActionForm action={restoreArticleAction} submit="Show again" testId="restore-article">
              <input type="hidden" name="articleId" value={a.id} />
            </ActionForm>
          ) : (
            <ActionForm action={hideArticleAction} submit="Hide article" danger testId="hide-article">
              <input type="hidden" name="articleId" value={a.id} />
              <input name="reason" placeholder="why it should not count" aria-label="reason for hiding" maxLength={2000} />
            </ActionForm>
          )}
          {a.isCurrent && (
            <ActionForm action={reextractArticleAction} submit="Re-extract" testId="reextract">
              <input type="hidden" name="articleId" value={a.id} />
            </ActionForm>
          )}
        </div>
      </section>

      <div className="admin-grid">
        <section className="card admin-section">
          <h2>Text</h2>
          <div className="article-body" data-testid="article-body">
            {a.body}
          </div>
        </section>
        <aside>
          <section className="card admin-section">
            <h2>Claims ({a.claims.length})</h2>
            {a.claims.map((c) => (
              <div key={c.id} className={`claim ${c.excluded ? "excluded" : ""}`}>
                <div className="small">
                  <span className="tag">{c.field.replace(/_/g, " ")}</span>
                  {c.value !== null && <span className="tag">{c.value}</span>}
                  {c.excluded && <span className="tag warn">marked wrong</span>}
                  {c.incidentId !== null && <a href={`/admin/incidents/${c.incidentId}`}>incident #{c.incidentId}</a>}
                </div>
                <Quote claim={c} />
              </div>
            ))}
          </section>
          <AuditTrail events={events} empty="No admin actions yet." testId="article-audit" />
        </aside>
      </div>
    </>
  );
}
