// Names shared by ingest, derive and reextract: the extractor speaks
// snake_case (SPEC), the database camelCase (Prisma columns).
import type { Prisma } from "@/lib/db/generated/client";
import type { CountField } from "@/lib/extract/types";

/** Both a PrismaClient and the client handed to `$transaction(async (tx) => ...)` fit. */
export type DbClient = Prisma.TransactionClient;

export const COUNT_COLUMNS = {
  drones_launched: "dronesLaunched",
  drones_downed: "dronesDowned",
  missiles_launched: "missilesLaunched",
  missiles_downed: "missilesDowned",
  killed: "killed",
  injured: "injured",
} as const satisfies Record<CountField, string>;

export type CountColumn = (typeof COUNT_COLUMNS)[CountField];
export const COUNT_COLUMN_LIST = Object.values(COUNT_COLUMNS) as CountColumn[];

/** Incident fields an admin can correct (Correction.field values). */
export const CORRECTABLE = [...COUNT_COLUMN_LIST, "date", "region", "place", "attacker", "weapons"] as const;
export type CorrectableField = (typeof CORRECTABLE)[number];

export interface KeyParts {
  date: string;
  country: string;
  region: string | null;
  attacker: string | null;
}

/** TEAM.md data contract: `${date}|${country}|${region ?? ""}|${attacker ?? ""}`. */
export function mergeKeyOf(k: KeyParts): string {
  return `${k.date}|${k.country}|${k.region ?? ""}|${k.attacker ?? ""}`;
}

export function parseMergeKey(key: string): KeyParts {
  const [date = "", country = "", region = "", attacker = ""] = key.split("|");
  return { date, country, region: region || null, attacker: attacker || null };
}
