// An incident's correctable values as typed values (the JSON that goes into
// Correction.oldValue/newValue), and equality between them.
import type { Incident } from "@/lib/db/generated/client";
import { CORRECTABLE_FIELDS, parseWeapons as parseWeaponList, type CorrectableField } from "@/lib/fields";
import type { FieldValue } from "@/lib/validation/incident";

/** Sorted, like normalize() below, so an old and a new list compare as sets. */
export function parseWeapons(text: string): string[] {
  return parseWeaponList(text).sort();
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
