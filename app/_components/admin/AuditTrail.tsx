// The audit-trail card on the admin incident and article pages, newest first.
import type { AuditEvent } from "@/lib/db/generated/client";

/** An admin timestamp to the minute, in UTC (the server's and every editor's common clock). */
export function when(d: Date | null): string {
  return d ? d.toISOString().slice(0, 16).replace("T", " ") + " UTC" : "unknown";
}

export function AuditTrail({ events, empty, testId, showRefs = false }: {
  events: Pick<AuditEvent, "id" | "action" | "claimId" | "articleId" | "editor" | "reason" | "createdAt">[];
  /** What to say when there are no events. */
  empty: string;
  testId: string;
  /** Name the claim and article each event touched (on an incident's page, where they vary). */
  showRefs?: boolean;
}) {
  return (
    <section className="card admin-section">
      <h2>Audit trail</h2>
      {events.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <ol className="history" data-testid={testId}>
          {events.map((e) => (
            <li key={e.id}>
              <strong>{e.action}</strong>
              {showRefs && e.claimId !== null && ` claim #${e.claimId}`}
              {showRefs && e.articleId !== null && ` article #${e.articleId}`}
              <div className="small muted">
                {e.editor}, {when(e.createdAt)}
                {e.reason ? `: ${e.reason}` : ""}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
