import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

export interface TestDb {
  db: Db;
  file: string;
  cleanup(): Promise<void>;
}

/** A fresh SQLite file, migrated by the same code as `npm run db:migrate`. */
export async function createTestDb(): Promise<TestDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "strikewatch-test-"));
  const file = path.join(dir, "test.db");
  await migrate(file);
  const db = createDb(file);
  return {
    db,
    file,
    async cleanup() {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
