// Shared helpers for the extraction tests: the dev sets live outside the project, in ../shared.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const projectRoot = path.resolve(__dirname, "..", "..");
export const sharedDir = path.resolve(projectRoot, "..", "shared");

export interface Report { name: string; text: string; meta: { published?: string | null; title?: string | null; url?: string | null; publisher?: string | null }; gold: { incidents: any[] } | null }

/** Reports of a folder under ../shared (e.g. "eval/dev"), or null when it is absent. */
export function loadReports(rel: string): Report[] | null {
  const dir = path.join(sharedDir, rel);
  if (!existsSync(dir)) return null;
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => {
    const stem = f.slice(0, -4);
    const read = (suffix: string) => { const p = path.join(dir, stem + suffix); return existsSync(p) ? JSON.parse(readFileSync(p, "utf8")) : null; };
    return { name: stem, text: readFileSync(path.join(dir, f), "utf8"), meta: read(".meta.json") ?? {}, gold: read(".gold.json") };
  });
}
