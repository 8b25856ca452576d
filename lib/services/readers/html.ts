// HTML page -> report: main text by @mozilla/readability on a jsdom document
// (scripts are never run: jsdom's default), metadata from the usual tags.
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { IngestError } from "../errors";
import type { ReportRecord } from "../ingest";

/** Below this much readable text a page is navigation, a paywall or a script shell, not a report. */
const MIN_TEXT = 40;

function meta(doc: Document, ...keys: string[]): string | null {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
}

/** datePublished from JSON-LD blocks (NewsArticle and friends), read as data, never run. */
function jsonLdDate(doc: Document): string | null {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(s.textContent ?? "");
      for (const node of [data, ...(Array.isArray(data) ? data : []), ...(Array.isArray(data?.["@graph"]) ? data["@graph"] : [])]) {
        if (node && typeof node.datePublished === "string") return node.datePublished;
      }
    } catch {
      // malformed JSON-LD is common; ignore it
    }
  }
  return null;
}

/** Readability's HTML to text with paragraph breaks kept, so sentences do not run together. */
function blockText(content: string): string {
  const spaced = content.replace(/<\/(p|div|h[1-6]|li|blockquote|tr|section|article|figcaption|pre)>/gi, "$&\n\n").replace(/<br\s*\/?>/gi, "\n");
  return JSDOM.fragment(spaced).textContent ?? "";
}

export function readHtml(html: string, url?: string | null): ReportRecord {
  // A silent console: page scripts are not run, but jsdom still reports CSS it cannot parse.
  const dom = new JSDOM(html, { url: url ?? undefined, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const scripts = doc.querySelectorAll("script").length;
  const title = meta(doc, "og:title", "twitter:title") ?? (doc.title.trim() || null);
  const publisher = meta(doc, "og:site_name", "application-name", "publisher") ?? (url ? new URL(url).hostname.replace(/^www\./, "") : null);
  const published =
    meta(doc, "article:published_time", "datePublished", "pubdate", "date", "dc.date", "DC.date.issued", "sailthru.date") ??
    jsonLdDate(doc) ??
    doc.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  const lang = doc.documentElement.getAttribute("lang")?.slice(0, 2).toLowerCase();

  const article = new Readability(doc).parse();
  const text = blockText(article?.content ?? "").replace(/[ \t\u00a0]+/g, " ").replace(/ *\n */g, "\n").replace(/\n{3,}/g, "\n\n").trim();
  dom.window.close();
  if (text.length < MIN_TEXT) {
    throw new IngestError(
      scripts > 0 ? `no article text in the HTML (${scripts} script elements and ${text.length} characters of readable text)` : `no article text in the HTML (${text.length} characters of readable text)`,
    );
  }
  let pageUrl = url ?? null;
  if (!pageUrl && canonical && /^https?:\/\//.test(canonical)) pageUrl = canonical;
  return {
    text,
    url: pageUrl,
    title: article?.title?.trim() || title,
    publisher: article?.siteName?.trim() || publisher,
    published: published && !Number.isNaN(new Date(published).getTime()) ? published : null,
    language: lang === "en" || lang === "uk" || lang === "ru" ? lang : null,
  };
}
