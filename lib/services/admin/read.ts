// What the admin pages show: one incident or article with everything an
// editor needs to judge it, and its history.
import type { Db } from "@/lib/db/client";

const claimSelect = {
  id: true, field: true, value: true, qualifier: true, claimant: true, claimantSide: true, date: true, region: true, place: true,
  attacker: true, sentence: true, sentenceStart: true, start: true, end: true, excluded: true, pinnedIncidentId: true, incidentId: true, articleId: true,
} as const;

export async function incidentForAdmin(db: Db, id: number) {
  const incident = await db.incident.findUnique({
    where: { id },
    include: {
      claims: {
        select: { ...claimSelect, article: { select: { id: true, title: true, publisher: true, published: true, url: true, hidden: true, isCurrent: true } } },
        orderBy: [{ articleId: "asc" }, { start: "asc" }],
      },
      corrections: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
    },
  });
  if (!incident) return null;
  const events = await db.auditEvent.findMany({ where: { incidentId: id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200 });
  return { incident, events };
}

/** Where a merged-away incident went, so its old admin link can point on. */
export async function mergedInto(db: Db, id: number): Promise<number | null> {
  const ev = await db.auditEvent.findFirst({ where: { incidentId: id, action: "merged-into" }, orderBy: { id: "desc" } });
  if (!ev) return null;
  try {
    const survivor = JSON.parse(ev.detail).survivorId;
    return typeof survivor === "number" ? survivor : null;
  } catch {
    return null;
  }
}

export async function articleForAdmin(db: Db, id: number) {
  const article = await db.article.findUnique({
    where: { id },
    include: { claims: { select: claimSelect, orderBy: { start: "asc" } } },
  });
  if (!article) return null;
  const [events, versions] = await Promise.all([
    db.auditEvent.findMany({ where: { articleId: id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200 }),
    article.sourceKey
      ? db.article.findMany({ where: { sourceKey: article.sourceKey }, select: { id: true, ingestedAt: true, isCurrent: true }, orderBy: { id: "asc" } })
      : Promise.resolve([]),
  ]);
  return { article, events, versions };
}

/** Other incidents on the same day in the same country: the usual candidates for a merge or a move. */
export async function sameDayIncidents(db: Db, inc: { id: number; date: string; country: string }) {
  return db.incident.findMany({
    where: { date: inc.date, country: inc.country, id: { not: inc.id } },
    select: { id: true, region: true, place: true, attacker: true, killed: true, injured: true, dronesLaunched: true, missilesLaunched: true, sourceCount: true },
    orderBy: [{ region: "asc" }, { id: "asc" }],
    take: 30,
  });
}
