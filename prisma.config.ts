import { defineConfig } from "prisma/config";

// Prisma 7 reads the datasource url from here; the schema has none.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/strikewatch.db" },
});
