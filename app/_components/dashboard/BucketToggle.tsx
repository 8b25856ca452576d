import type { Bucket } from "@/lib/queries/sql";
import { withQuery, type Query } from "../query";

/** Day / week / month as links (shareable, back button works, no script needed). */
export function BucketToggle({ path, query, bucket }: { path: string; query: Query; bucket: Bucket }) {
  return (
    <nav className="toggle" aria-label="Group charts by">
      {(["day", "week", "month"] as const).map((b) => (
        <a key={b} href={withQuery(path, query, { bucket: b === "day" ? undefined : b })} aria-current={b === bucket ? "true" : undefined}>
          {b === "day" ? "Day" : b === "week" ? "Week" : "Month"}
        </a>
      ))}
    </nav>
  );
}
