// Names shared by ingest, derive and reextract. The field lists (the
// extractor's snake_case to the Prisma columns) are in lib/fields.
import type { Prisma } from "@/lib/db/generated/client";

/** Both a PrismaClient and the client handed to `$transaction(async (tx) => ...)` fit. */
export type DbClient = Prisma.TransactionClient;

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
