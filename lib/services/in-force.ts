// What stands behind an incident's figures (TEAM.md "Derivation"): the claims
// that count, and per field the newest correction. Derivation applies exactly
// these; the pages, exports and API show exactly these, so each rule is
// written once. Pure, no database.

/** A claim enters the figures when it is not excluded and its article is current and not hidden. */
export function counted(c: { excluded: boolean; article: { isCurrent: boolean; hidden: boolean } }): boolean {
  return !c.excluded && c.article.isCurrent && !c.article.hidden;
}

export interface Dated {
  id: number;
  field: string;
  createdAt: Date;
}

/** The newest correction per field, by createdAt, then id (two in the same millisecond keep their order). */
export function newestPerField<T extends Dated>(rows: Iterable<T>): Map<string, T> {
  const newest = new Map<string, T>();
  for (const r of rows) {
    const prev = newest.get(r.field);
    const t = r.createdAt.getTime();
    if (!prev || t > prev.createdAt.getTime() || (t === prev.createdAt.getTime() && r.id > prev.id)) newest.set(r.field, r);
  }
  return newest;
}
