// Which correction stands (TEAM.md): per field, the newest one. Derivation
// applies exactly these; the exports and the API name exactly these, so the
// rule is written once. Pure, no database.

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
