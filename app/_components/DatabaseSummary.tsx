import type { DatabaseCounts } from "@/lib/queries/articles";

/** One line saying what the database holds, whatever the filters. */
export function DatabaseSummary({ counts }: { counts: DatabaseCounts }) {
  const n = (x: number) => x.toLocaleString("en-GB");
  return (
    <p className="muted small" data-testid="db-counts">
      The database holds {n(counts.articles)} articles, {n(counts.incidents)} incidents and {n(counts.claims)} claims.
    </p>
  );
}
