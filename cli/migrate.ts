// npm run db:migrate — apply pending migrations to DATABASE_URL's SQLite file (idempotent).
import { migrate } from "../lib/db/migrate";
import { sqlitePathFromUrl } from "../lib/db/url";

const file = sqlitePathFromUrl();
migrate(file)
  .then((applied) => {
    console.log(applied.length ? `applied ${applied.length} migration(s) to ${file}: ${applied.join(", ")}` : `database ${file} is up to date`);
  })
  .catch((err) => {
    console.error(`db:migrate failed: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
