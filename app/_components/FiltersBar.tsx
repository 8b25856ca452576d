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

// Filters whose values are a fixed set: [value, label], after "All".
const CHOICES = {
  country: [["UA", "Ukraine"], ["RU", "Russia"]],
  attacker: [["RU", "Russia"], ["UA", "Ukraine"], ["unknown", "Unknown"]],
  language: [["en", "English"], ["uk", "Ukrainian"], ["ru", "Russian"]],
  review: [["unreviewed", "Unreviewed"], ["reviewed", "Reviewed"], ["flagged", "Flagged"]],
} as const;

/** A select over fixed choices; keyed on its value so back/forward resets it. */
function FixedChoice({ label, name, value, choices }: { label: string; name: string; value: string; choices: readonly (readonly [string, string])[] }) {
  return (
    <label>{label}
      <select name={name} defaultValue={value} key={name + value}>
        <option value="">All</option>
        {choices.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </label>
  );
}

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
      <FixedChoice label="Country" name="country" value={v("country")} choices={CHOICES.country} />
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
      <FixedChoice label="Attacker" name="attacker" value={v("attacker")} choices={CHOICES.attacker} />
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
      <FixedChoice label="Language" name="language" value={v("language")} choices={CHOICES.language} />
      <FixedChoice label="Review" name="review" value={v("review")} choices={CHOICES.review} />
      <div className="filter-actions">
        <button type="submit">{pending ? "Applying…" : "Apply"}</button>
        <a href={withQuery(path, Object.fromEntries(keep.filter((k) => query[k]).map((k) => [k, query[k]])))}>Clear</a>
      </div>
    </form>
  );
}
