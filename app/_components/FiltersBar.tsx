"use client";
// The filters bar: a plain GET form (works without JavaScript), enhanced to
// push a clean URL so filters are shareable and the back button steps through them.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { withQuery, type Query } from "./query";

export interface FilterOptions {
  regions: { code: string; name: string; country: string }[];
  publishers: string[];
  weapons: readonly string[];
}

const LABELS: Record<string, string> = {
  drone: "Drones", missile: "Missiles", ballistic_missile: "Ballistic missiles", cruise_missile: "Cruise missiles",
  glide_bomb: "Glide bombs", artillery: "Artillery", explosive: "Explosives", aircraft: "Aircraft",
};

export function FiltersBar({ path, query, options, lockRegion = false, keep = [] }: {
  path: string;
  query: Query;
  options: FilterOptions;
  /** On a region's own page the region is part of the path. */
  lockRegion?: boolean;
  /** Query keys that are not filters but survive a filter change (bucket, measure, sort). */
  keep?: string[];
}) {
  const router = useRouter();
  const [pending, start] = useTransition();

  function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next: Query = {};
    for (const k of keep) if (query[k]) next[k] = query[k];
    for (const [k, v] of form.entries()) if (typeof v === "string" && v) next[k] = v;
    start(() => router.push(withQuery(path, next)));
  }

  const v = (k: string) => query[k] ?? "";
  return (
    <form className="filters card" method="get" action={path} onSubmit={submit} aria-label="Filters" aria-busy={pending}>
      <label>From <input type="date" name="from" defaultValue={v("from")} key={"from" + v("from")} /></label>
      <label>To <input type="date" name="to" defaultValue={v("to")} key={"to" + v("to")} /></label>
      <label>Country
        <select name="country" defaultValue={v("country")} key={"c" + v("country")}>
          <option value="">All</option>
          <option value="UA">Ukraine</option>
          <option value="RU">Russia</option>
        </select>
      </label>
      {!lockRegion && (
        <label>Region
          <select name="region" defaultValue={v("region")} key={"r" + v("region")}>
            <option value="">All</option>
            <option value="none">Country-wide only</option>
            {(["UA", "RU"] as const).map((c) => (
              <optgroup key={c} label={c === "UA" ? "Ukraine" : "Russia"}>
                {options.regions.filter((r) => r.country === c).map((r) => <option key={r.code} value={r.code}>{r.name}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
      )}
      <label>Attacker
        <select name="attacker" defaultValue={v("attacker")} key={"a" + v("attacker")}>
          <option value="">All</option>
          <option value="RU">Russia</option>
          <option value="UA">Ukraine</option>
          <option value="unknown">Unknown</option>
        </select>
      </label>
      <label>Weapon
        <select name="weapon" defaultValue={v("weapon")} key={"w" + v("weapon")}>
          <option value="">All</option>
          {options.weapons.map((w) => <option key={w} value={w}>{LABELS[w] ?? w}</option>)}
        </select>
      </label>
      <label>Publisher
        <select name="publisher" defaultValue={v("publisher")} key={"p" + v("publisher")}>
          <option value="">All</option>
          {options.publishers.map((p) => <option key={p} value={p}>{p}</option>)}
          {v("publisher") && !options.publishers.includes(v("publisher")) && <option value={v("publisher")}>{v("publisher")}</option>}
        </select>
      </label>
      <label>Language
        <select name="language" defaultValue={v("language")} key={"l" + v("language")}>
          <option value="">All</option>
          <option value="en">English</option>
          <option value="uk">Ukrainian</option>
          <option value="ru">Russian</option>
        </select>
      </label>
      <label>Review
        <select name="review" defaultValue={v("review")} key={"rv" + v("review")}>
          <option value="">All</option>
          <option value="unreviewed">Unreviewed</option>
          <option value="reviewed">Reviewed</option>
          <option value="flagged">Flagged</option>
        </select>
      </label>
      <div className="filter-actions">
        <button type="submit">{pending ? "Applying…" : "Apply"}</button>
        <a href={withQuery(path, Object.fromEntries(keep.filter((k) => query[k]).map((k) => [k, query[k]])))}>Clear</a>
      </div>
    </form>
  );
}
