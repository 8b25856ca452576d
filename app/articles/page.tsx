import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { listArticles } from "@/lib/queries/articles";
import type { SearchParams } from "../_components/params";
import { Pager } from "../_components/Pager";
import { withQuery } from "../_components/query";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reports · Strikewatch" };

export default async function ArticlesPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const page = Number(Array.isArray(sp.page) ? sp.page[0] : sp.page) || 1;
  const data = await listArticles(getDb(), { page });
  return (
    <>
      <h1>Reports</h1>
      <p className="muted">{data.total.toLocaleString("en-GB")} reports, newest first.</p>
      {data.total === 0 ? <p className="empty">No reports yet.</p> : (
        <div className="table-wrap">
          <table className="data-table">
            <thead><tr><th scope="col">Published</th><th scope="col">Title</th><th scope="col">Publisher</th><th scope="col">Language</th><th scope="col" className="num">Figures</th></tr></thead>
            <tbody>
              {data.rows.map((a) => (
                <tr key={a.id} className={a.hidden ? "muted" : undefined}>
                  <td>{a.published ? a.published.toISOString().slice(0, 10) : "–"}</td>
                  <td><a href={`/articles/${a.id}`}>{a.title ?? `Report ${a.id}`}</a>{a.hidden && " (hidden)"}{a.sourceKind === "demo" && <span className="badge"> demo</span>}</td>
                  <td>{a.publisher ?? "–"}</td>
                  <td>{a.language}</td>
                  <td className="num">{a.claims}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={data.page} pageCount={data.pageCount} href={(p) => withQuery("/articles", {}, { page: String(p) })} />
    </>
  );
}
