import { getDb } from "@/lib/db/client";

// Reads the database on every request.
export const dynamic = "force-dynamic";

export default async function Overview() {
  const db = getDb();
  const [articles, incidents, claims] = await Promise.all([db.article.count(), db.incident.count(), db.claim.count()]);
  return (
    <section className="card">
      <h1>Strikewatch</h1>
      <p data-testid="db-counts">
        {articles} articles, {incidents} incidents, {claims} claims in the database.
      </p>
    </section>
  );
}
