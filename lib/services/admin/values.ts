// An incident's correctable values as typed values (the JSON that goes into
// Correction.oldValue/newValue), and equality between them.
import type { Incident } from "@/lib/db/generated/client";
import { CORRECTABLE_FIELDS, type CorrectableField } from "@/lib/fields";
import type { FieldValue } from "@/lib/validation/incident";

export function parseWeapons(text: string): string[] {
  try {
    const v = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string").sort() : [];
  } catch {
    return [];
  }
}

export function valuesOf(inc: Incident): Record<CorrectableField, FieldValue> {
  const out = {} as Record<CorrectableField, FieldValue>;
  for (const f of CORRECTABLE_FIELDS) out[f] = f === "weapons" ? parseWeapons(inc.weapons) : (inc[f] as FieldValue);
  return out;
}

/** Weapons are a set: stored sorted so that order never counts as a change. */
export function normalize(field: CorrectableField, v: FieldValue): FieldValue {
  if (field === "weapons" && Array.isArray(v)) return [...new Set(v)].sort();
  if (typeof v === "string" && field !== "date") return v.trim() === "" ? null : v.trim();
  return v ?? null;
}

export function sameValue(a: FieldValue, b: FieldValue): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
