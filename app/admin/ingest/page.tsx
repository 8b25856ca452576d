// /admin/ingest: paste a report or upload files. Admin only: this page checks
// the session itself (it sits outside the console group) and each action
// checks again on its own.
import { requireAdmin } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { IngestForms } from "@/app/_components/ingest/IngestForms";
import "./ingest.css";

export const dynamic = "force-dynamic";

export default async function IngestPage() {
  await requireAdmin();
  const recent = await getDb().article.findMany({
    where: { isCurrent: true },
    orderBy: { id: "desc" },
    take: 10,
    select: { id: true, title: true, publisher: true, url: true, sourceKind: true, ingestedAt: true, language: true, _count: { select: { claims: true } } },
  });
  return (
    <section className="card">
      <h1>Ingest reports</h1>
      <p className="muted small">
        Paste one report, or upload .txt (with NAME.meta.json), .html, .json / .jsonl records, RSS/Atom feeds or a Telegram
        result.json. The same text twice is stored once; the same url with new text becomes a new version whose claims replace the old
        ones. Large batches: <code>npm run ingest -- PATH_OR_URL…</code>.
      </p>
      <IngestForms />
      <h2>Latest articles</h2>
      {recent.length === 0 ? (
        <p className="empty">No articles yet.</p>
      ) : (
        <table data-testid="recent-articles">
          <thead>
            <tr>
              <th>#</th>
              <th>Title</th>
              <th>Publisher</th>
              <th>Kind</th>
              <th>Lang</th>
              <th className="num">Claims</th>
            </tr>
          </thead>
          <tbody>
            {recent.map((a) => (
              <tr key={a.id}>
                <td>
                  <a href={`/admin/articles/${a.id}`}>{a.id}</a>
                </td>
                <td>{a.title ?? (a.url ? <a href={a.url}>{a.url}</a> : <span className="muted">untitled</span>)}</td>
                <td>{a.publisher ?? "—"}</td>
                <td>{a.sourceKind}</td>
                <td>{a.language}</td>
                <td className="num">{a._count.claims}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
