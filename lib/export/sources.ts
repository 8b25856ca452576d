// ACLED's source_scale: the reach of the outlets behind an event
// ("International", "National", "Subnational", "New media", "Other"; several
// joined with "-"). Publisher names in reports are free text ("France 24 (AFP)",
// "MENAFN / Ukrinform"), so they are matched on well-known names.
import type { SourceArticle } from "./enrich";

const INTERNATIONAL = /reuters|associated press|\bap\b|afp|agence france|bbc|cnn|guardian|al jazeera|new york times|washington post|bloomberg|\bdw\b|deutsche welle|france 24|euronews|voice of america|rfe\/rl|radio free europe|радіо свобода|радио свобода|sky news|financial times|politico|\bnpr\b|sputnik|\brt\b|moscow times|novaya gazeta europe|новая газета европа|meduza/i;
const NATIONAL = /kyiv independent|ukrainska pravda|українська правда|ukrinform|укрінформ|kyiv post|suspilne|суспільне|rbc|рбк|unian|уніан|\bunn\b|interfax|інтерфакс|интерфакс|tass|тасс|ria|риа|kommersant|коммерсант|izvestia|известия|gazeta|газета|lb\.ua|censor|babel|euromaidan|ipress|страна|strana|sud\.ua|hromadske|громадське|\bnv\b|espreso|еспресо|liga|аргументы/i;
const SUBNATIONAL = /\.(cv|pl|kyiv|kharkiv|odesa|dp|zp|lviv)\.ua\b|expres\.kyiv|promin|np\.pl\.ua|kontentmedia/i;

function scaleOf(a: SourceArticle): string {
  if (a.sourceKind === "telegram") return "New media";
  const p = a.publisher ?? "";
  if (SUBNATIONAL.test(p)) return "Subnational";
  if (INTERNATIONAL.test(p)) return "International";
  if (NATIONAL.test(p)) return "National";
  return "Other";
}

const ORDER = ["New media", "Subnational", "National", "Regional", "International", "Other"];

export function sourceScale(articles: SourceArticle[]): string {
  const scales = [...new Set(articles.map(scaleOf))].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  return scales.join("-");
}

/** Distinct publisher names (or the web host when unnamed), in first-reported order. */
export function publisherNames(articles: SourceArticle[]): string[] {
  const names: string[] = [];
  for (const a of articles) {
    let name = a.publisher?.trim() || null;
    if (!name && a.url) {
      try {
        name = new URL(a.url).hostname;
      } catch {
        name = null;
      }
    }
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}
