// The SQL that cannot be written the same for SQLite and PostgreSQL, kept in
// this one file. Everything else in lib/ is portable (double-quoted
// identifiers, CASE instead of two-argument MIN/MAX, COALESCE, bound values),
// so moving to PostgreSQL means rewriting these functions, not hunting for
// fragments. Each says what its PostgreSQL version is.
import { Prisma } from "@/lib/db/generated/client";

const SIMPLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function checkedName(kind: string, name: string): string {
  // These go into the SQL text, never user input: refuse anything but a plain name.
  if (!SIMPLE_NAME.test(name)) throw new Error(`dialect: ${kind} ${JSON.stringify(name)} is not a plain SQL name`);
  return name;
}

/**
 * A FROM item with one row per member of a JSON object stored as text, with
 * columns "key" (text) and "value" (the member's JSON), under `alias`.
 *   SQLite:     json_each(<column>) alias
 *   PostgreSQL: json_each(<column>::json) alias
 */
export function jsonObjectEntries(column: Prisma.Sql, alias: string): Prisma.Sql {
  return Prisma.sql`json_each(${column}) ${Prisma.raw(checkedName("alias", alias))}`;
}

/**
 * A number inside the "value" of a jsonObjectEntries row: `value.member`, NULL when absent.
 *   SQLite:     json_extract(alias."value", '$.member')
 *   PostgreSQL: (alias."value" ->> 'member')::numeric
 */
export function jsonEntryNumber(alias: string, member: string): Prisma.Sql {
  return Prisma.raw(`json_extract(${checkedName("alias", alias)}."value", '$.${checkedName("member", member)}')`);
}
