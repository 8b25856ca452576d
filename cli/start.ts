// npm start: migrate the database, load the demo corpus into an empty one,
// build when the sources are newer than the last build, then serve.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migrate } from "../lib/db/migrate";
import { sqlitePathFromUrl } from "../lib/db/url";
import { prepareData } from "./prepare-data";

const ROOT = path.resolve(__dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const SOURCES = ["app", "lib", "public", "next.config.js", "package.json", "tsconfig.json", "prisma/schema.prisma"];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) {
    if (entry === "node_modules" || entry.startsWith(".next")) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

function needsBuild(): boolean {
  const buildId = path.join(ROOT, distDir, "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built);
}

// Next's telemetry would try to reach the network, which this product must not need.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

async function main() {
  const file = sqlitePathFromUrl();
  const applied = await migrate(file);
  console.log(applied.length ? `migrated ${file}: ${applied.join(", ")}` : `database ${file} is up to date`);
  await prepareData();

  if (needsBuild()) {
    console.log("building the app (next build)…");
    const r = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, stdio: "inherit", env: process.env });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const port = process.env.PORT || "3000";
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", port], { cwd: ROOT, stdio: "inherit", env: process.env });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((err) => {
  console.error(`start failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
