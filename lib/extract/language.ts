// Report language: Latin vs Cyrillic script share, then Ukrainian vs Russian by letters only one
// of them has (і ї є ґ vs ы э ъ ё), with tinyld as the tie-breaker.
import { detect } from "tinyld";
import type { Language } from "./types";

export function detectLanguage(text: string): Language {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let lat = 0, cyr = 0, uk = 0, ru = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
    else if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      const ch = sample[i].toLowerCase();
      if (ch === "і" || ch === "ї" || ch === "є" || ch === "ґ") uk++;
      else if (ch === "ы" || ch === "э" || ch === "ъ" || ch === "ё") ru++;
    }
  }
  if (cyr <= lat) return "en";
  if (uk > ru * 1.5) return "uk";
  if (ru > uk * 1.5) return "ru";
  try { const l = detect(sample); if (l === "uk" || l === "ru") return l; } catch { /* fall through */ }
  return uk >= ru ? "uk" : "ru";
}
