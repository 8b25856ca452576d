// Report language: Latin vs Cyrillic script share, then Ukrainian vs Russian by letters only one
// of them has (і ї є ґ vs ы э ъ ё), with tinyld as the tie-breaker.
import { detect } from "tinyld";
import type { Language } from "./types";

export function detectLanguage(text: string): Language {
  const sample = text.length > 5000 ? text.slice(0, 5000) : text;
  let lat = 0, cyr = 0, uk = 0, ru = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
    else if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      // і ї є ґ (and capitals) are Ukrainian only; ы э ъ ё Russian only
      if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491 || c === 0x406 || c === 0x407 || c === 0x404 || c === 0x490) uk++;
      else if (c === 0x44b || c === 0x44d || c === 0x44a || c === 0x451 || c === 0x42b || c === 0x42d || c === 0x42a || c === 0x401) ru++;
    }
  }
  if (cyr <= lat) return "en";
  if (uk > ru * 1.5) return "uk";
  if (ru > uk * 1.5) return "ru";
  try { const l = detect(sample); if (l === "uk" || l === "ru") return l; } catch { /* fall through */ }
  return uk >= ru ? "uk" : "ru";
}
