// npm run db:migration -- NAME — write a new migration from the schema diff.
import { createMigration } from "../lib/db/migrate";

const name = process.argv.slice(2).join("_");
if (!name) {
  console.error("usage: npm run db:migration -- NAME");
  process.exit(2);
}
createMigration(name)
  .then((dir) => console.log(dir ? `wrote ${dir}/migration.sql` : "no schema changes: nothing written"))
  .catch((err) => {
    console.error(`db:migration failed: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
