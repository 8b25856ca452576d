// RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> items. Each item's link is fetched
// by the caller (the feed has only a summary); the summary is the fallback text.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { IngestError } from "../errors";

export interface FeedItem {
  link: string | null;
  title: string | null;
  published: string | null;
  summary: string | null;
}
export interface Feed {
  title: string | null;
  items: FeedItem[];
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text", processEntities: true, htmlEntities: true });

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number") return String(v).trim() || null;
  if (typeof v === "object" && "#text" in (v as object)) return text((v as Record<string, unknown>)["#text"]);
  return null;
}

/** Feeds put HTML in summaries; the fallback text needs it gone. */
function stripTags(s: string | null): string | null {
  if (!s) return null;
  return s.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim() || null;
}

function atomLink(v: unknown): string | null {
  const links = asArray(v as Record<string, string> | Record<string, string>[]);
  const alt = links.find((l) => typeof l === "object" && (!l["@rel"] || l["@rel"] === "alternate")) ?? links[0];
  if (typeof alt === "string") return alt;
  return alt?.["@href"] ?? null;
}

export function looksLikeFeed(xml: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/.test(xml.slice(0, 4096));
}

export function parseFeed(xml: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new IngestError(`not an XML feed (${valid.err.msg}, line ${valid.err.line})`);
  const doc = parser.parse(xml);
  if (doc.rss) {
    const ch = doc.rss.channel ?? {};
    return {
      title: text(ch.title),
      items: asArray(ch.item).map((i: Record<string, unknown>) => ({
        link: text(i.link) ?? (text(i.guid)?.startsWith("http") ? text(i.guid) : null),
        title: text(i.title),
        published: text(i.pubDate) ?? text(i["dc:date"]),
        summary: stripTags(text(i["content:encoded"]) ?? text(i.description)),
      })),
    };
  }
  if (doc.feed) {
    return {
      title: text(doc.feed.title),
      items: asArray(doc.feed.entry).map((e: Record<string, unknown>) => ({
        link: atomLink(e.link),
        title: text(e.title),
        published: text(e.published) ?? text(e.updated),
        summary: stripTags(text(e.content) ?? text(e.summary)),
      })),
    };
  }
  if (doc["rdf:RDF"]) {
    const r = doc["rdf:RDF"];
    return {
      title: text(r.channel?.title),
      items: asArray(r.item).map((i: Record<string, unknown>) => ({
        link: text(i.link), title: text(i.title), published: text(i["dc:date"]), summary: stripTags(text(i.description)),
      })),
    };
  }
  throw new IngestError("XML, but not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)");
}
