// Incident fields: the one list that ingest, derivation, queries, the admin
// forms and the pages all use, so a field added or renamed here reaches every
// layer. Pure data with type-only imports, safe in client components.
import type { CountField } from "@/lib/extract/types";

/** Claim.field (the extractor's SPEC snake_case) to its Incident column (Prisma camelCase), in display order. */
export const FIELD_TO_COLUMN = {
  drones_launched: "dronesLaunched",
  drones_downed: "dronesDowned",
  missiles_launched: "missilesLaunched",
  missiles_downed: "missilesDowned",
  killed: "killed",
  injured: "injured",
} as const satisfies Record<CountField, string>;

export type CountColumn = (typeof FIELD_TO_COLUMN)[CountField];
export const COUNT_COLUMNS = Object.values(FIELD_TO_COLUMN) as readonly CountColumn[];

/** The count column a Claim.field names, undefined for non-count fields ("event"). */
export function columnOfField(field: string): CountColumn | undefined {
  return Object.hasOwn(FIELD_TO_COLUMN, field) ? FIELD_TO_COLUMN[field as CountField] : undefined;
}

/** Incident fields an admin can correct (Correction.field values), in form order. */
export const CORRECTABLE_FIELDS = ["date", "region", "place", "attacker", "weapons", ...COUNT_COLUMNS] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const FIELD_LABELS: Record<CorrectableField, string> = {
  date: "Date",
  region: "Region",
  place: "Place",
  attacker: "Attacker",
  weapons: "Weapons",
  dronesLaunched: "Drones launched",
  dronesDowned: "Drones downed",
  missilesLaunched: "Missiles launched",
  missilesDowned: "Missiles downed",
  killed: "Killed",
  injured: "Injured",
};

/** The weapons column (JSON text) as a list; anything unreadable or not a string is left out. */
export function parseWeapons(json: string | null | undefined): string[] {
  try {
    const v = JSON.parse(json ?? "[]");
    return Array.isArray(v) ? v.filter((w): w is string => typeof w === "string") : [];
  } catch {
    return [];
  }
}
