// The extraction accuracy shown on /data: read from lib/export/accuracy.json,
// which scripts/refresh-accuracy.ts writes from `npm run eval -- DIR --json`.
import data from "./accuracy.json";

export interface AccuracySet {
  /** Evaluation folder, relative to the project ("../shared/eval/dev"). */
  dir: string;
  reports: number | null;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  placeAccuracy: number | null;
}

export interface Accuracy {
  measuredAt: string | null;
  extractorVersion: string | null;
  sets: AccuracySet[];
  note?: string;
}

export const ACCURACY = data as Accuracy;

const KEYS = {
  precision: ["precision", "p"],
  recall: ["recall", "r"],
  f1: ["f1", "microF1", "micro_f1", "f1Micro"],
  placeAccuracy: ["placeAccuracy", "place_accuracy", "place"],
  reports: ["reports", "files", "documents", "n"],
} as const;

/** The first number under any of the names, at the top level or one object down ("overall", "micro", ...). */
function find(obj: unknown, names: readonly string[]): number | null {
  if (!obj || typeof obj !== "object") return null;
  const o = obj as Record<string, unknown>;
  for (const n of names) {
    const v = o[n];
    if (typeof v === "number") return v;
    if (v && typeof v === "object" && typeof (v as Record<string, unknown>).accuracy === "number") return (v as Record<string, number>).accuracy;
  }
  for (const v of Object.values(o)) {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      for (const n of names) if (typeof (v as Record<string, unknown>)[n] === "number") return (v as Record<string, number>)[n];
    }
  }
  return null;
}

/** One eval run's JSON output, whatever its exact nesting, as the figures /data shows. */
export function summarise(dir: string, out: unknown): AccuracySet {
  const arr = out && typeof out === "object" ? Object.values(out as object).find(Array.isArray) : undefined;
  return {
    dir,
    reports: find(out, KEYS.reports) ?? (Array.isArray(arr) ? arr.length : null),
    precision: find(out, KEYS.precision),
    recall: find(out, KEYS.recall),
    f1: find(out, KEYS.f1),
    placeAccuracy: find(out, KEYS.placeAccuracy),
  };
}
