import type { Bucket } from "@/lib/queries/sql";
import { withQuery, type Query } from "../query";

/** Day / week / month as links (shareable, back button works, no script needed). */
export function BucketToggle({ path, query, bucket, auto }: { path: string; query: Query; bucket: Bucket; auto?: boolean }) {
  return (
    <nav className="toggle" aria-label="Group charts by">
      {(["day", "week", "month"] as const).map((b) => (
        <a key={b} href={withQuery(path, query, { bucket: b })} aria-current={b === bucket ? "true" : undefined}>
          {b === "day" ? "Day" : b === "week" ? "Week" : "Month"}
        </a>
      ))}
      {auto && <span className="sr-only"> (chosen for the span shown)</span>}
    </nav>
  );
}
