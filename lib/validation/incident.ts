// What an admin may write into an incident field. Shared by the correction
// form (client, for instant messages), the server action and the services
// (which re-check every value, whoever calls them). No server-only imports.
import { z } from "zod";
import { WEAPONS } from "@/lib/extract/types";
import REGION_LIST from "@/lib/queries/regions.json";

import { COUNT_COLUMNS, CORRECTABLE_FIELDS, type CorrectableField } from "@/lib/fields";

// Read from the JSON itself, not lib/queries/regions (which pulls in Prisma): this module runs in the browser too.
const REGION_CODES = new Set((REGION_LIST as { code: string }[]).map((r) => r.code));

/** A count an analyst could plausibly enter for one attack wave on one day and region. */
export const COUNT_MAX = 100_000;
export const PLACE_MAX = 120;
export const REASON_MAX = 2000;

/** Tomorrow (UTC): a Kyiv-time "today" is never later than that. */
function latestDay(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

const isoDay = z
  .string()
  // zod runs every check even after one fails: each must cope with any string.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "use YYYY-MM-DD", abort: true })
  .refine((s) => {
    const d = new Date(s + "T00:00:00Z");
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "not a calendar date")
  .refine((s) => s >= "2014-01-01", "before 2014, earlier than this data covers")
  .refine((s) => s <= latestDay(), "that date is in the future");

// Control characters would be invisible in the UI and break CSV exports.
const noControl = (s: string) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s);

const countValue = z.number("a whole number").int("a whole number").min(0, "cannot be negative").max(COUNT_MAX, `more than ${COUNT_MAX}: check the figure`).nullable();

/** Typed values, as the services take them (null = not reported / country-wide / unknown). */
export const valueSchemas: Record<CorrectableField, z.ZodType> = {
  date: isoDay,
  region: z.string().refine((s) => REGION_CODES.has(s), "not a known region code (ISO 3166-2, e.g. UA-63)").nullable(),
  place: z.string().trim().min(1, "empty: leave the field blank for no place").max(PLACE_MAX, `at most ${PLACE_MAX} characters`).refine(noControl, "contains control characters").nullable(),
  attacker: z.enum(["RU", "UA"], "RU, UA or blank for unknown").nullable(),
  weapons: z.array(z.enum(WEAPONS, "not a known weapon kind")).max(WEAPONS.length).refine((w) => new Set(w).size === w.length, "a weapon is listed twice"),
  dronesLaunched: countValue,
  dronesDowned: countValue,
  missilesLaunched: countValue,
  missilesDowned: countValue,
  killed: countValue,
  injured: countValue,
};

export type FieldValue = string | number | string[] | null;

/** Check one typed value; the message, or null when it is acceptable. */
export function valueProblem(field: string, value: unknown): string | null {
  if (!(CORRECTABLE_FIELDS as readonly string[]).includes(field)) return `"${field}" is not a field that can be corrected`;
  const r = valueSchemas[field as CorrectableField].safeParse(value);
  return r.success ? null : r.error.issues[0].message;
}

// ---- the form (everything arrives as strings) ----

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const formCount = z.preprocess((v) => {
  const b = blankToNull(v);
  if (b === null || typeof b !== "string") return b;
  const s = b.trim().replace(/[\s,_]/g, "");
  return /^-?\d+$/.test(s) ? Number(s) : Number.NaN;
}, z.number("a whole number, or blank if not reported").int("a whole number").min(0, "cannot be negative").max(COUNT_MAX, `more than ${COUNT_MAX}: check the figure`).nullable());

const id = z.coerce.number().int().positive();

export const correctionFormSchema = z.object({
  incidentId: id,
  version: z.coerce.number("the form is missing the incident's version: reload the page").int().positive(),
  reason: z.string("give a reason").trim().min(3, "give a reason (at least 3 characters)").max(REASON_MAX, `at most ${REASON_MAX} characters`),
  date: z.string().trim().pipe(isoDay),
  region: z.preprocess(blankToNull, valueSchemas.region),
  place: z.preprocess(blankToNull, valueSchemas.place),
  attacker: z.preprocess(blankToNull, valueSchemas.attacker),
  weapons: valueSchemas.weapons,
  ...Object.fromEntries(COUNT_COLUMNS.map((c) => [c, formCount])),
});

export type CorrectionForm = { incidentId: number; version: number; reason: string } & { [K in CorrectableField]: FieldValue };

export type FieldErrors = Partial<Record<string, string>>;
export type ParseResult<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

/** A list-valued form field (checkboxes): absent = none, one value = a list of one. */
const LIST_FIELDS = new Set(["weapons", "claimIds"]);

/** Everything a submitted form holds: a string per name, a list for names given more than once and for checkbox lists. */
export function formDataToObject(fd: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(fd.keys())) {
    if (key.startsWith("$ACTION")) continue;
    // Files are never expected here: they count as empty values.
    const all = fd.getAll(key).map((v) => (typeof v === "string" ? v : ""));
    out[key] = LIST_FIELDS.has(key) ? all.filter((w) => w !== "") : all.length > 1 ? all : all[0];
  }
  for (const key of LIST_FIELDS) out[key] ??= [];
  return out;
}

/** The first message per field, keyed by field name ("form" for ones without a field). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "form";
    out[key] ??= issue.message;
  }
  return out;
}

export function parseCorrectionForm(input: FormData | Record<string, unknown>): ParseResult<CorrectionForm> {
  const raw = input instanceof FormData ? formDataToObject(input) : input;
  const r = correctionFormSchema.safeParse(raw);
  if (!r.success) return { ok: false, fieldErrors: fieldErrorsOf(r.error) };
  return { ok: true, data: r.data as CorrectionForm };
}
