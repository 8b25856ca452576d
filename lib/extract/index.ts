// Extraction engine entry point. First version: a safe stub that never throws,
// so the ingest service can integrate while the engine is built out.
import type { Extraction, ReportInput, Language } from "./types";

export const EXTRACTOR_VERSION = "0.0.1";
export * from "./types";

export function extract(input: ReportInput): Extraction {
  const language: Language = input?.language ?? "en";
  return { language, claims: [], incidents: [], extractorVersion: EXTRACTOR_VERSION };
}
