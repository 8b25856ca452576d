import path from "node:path";

/** Default database: a SQLite file under the git-ignored data/ folder. */
export const DEFAULT_DATABASE_URL = "file:./data/strikewatch.db";

/**
 * The SQLite file named by DATABASE_URL ("file:./x.db", "file:/abs/x.db" or a
 * bare path), resolved against the working directory. ":memory:" stays as is.
 */
export function sqlitePathFromUrl(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): string {
  if (/^(postgres|postgresql|mysql):/i.test(url)) {
    throw new Error(`DATABASE_URL ${url.split(":")[0]}: only SQLite is wired up so far (see README, "PostgreSQL")`);
  }
  const raw = url.replace(/^file:/, "").split("?")[0];
  if (raw === ":memory:") return raw;
  return path.isAbsolute(raw) ? raw : path.join(/* turbopackIgnore: true */ process.cwd(), raw);
}
