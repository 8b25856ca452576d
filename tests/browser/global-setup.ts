// Builds the app (when its sources changed), migrates a fresh SQLite file,
// loads the data `npm start` would load, and serves it with `next start` for
// the browser tests. Tests read the address and database file via inject().
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrate } from "@/lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    dbFile: string;
  }
}

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = process.env.NEXT_DIST_DIR || ".next-browser-test";
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

let server: ChildProcess | undefined;
let tmp: string | undefined;

async function waitForServer(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server at ${url} did not answer within ${ms} ms`);
}

export async function setup(project: TestProject) {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "strikewatch-browser-"));
  const dbFile = path.join(tmp, "browser.db");
  const env = { ...process.env, DATABASE_URL: `file:${dbFile}`, NEXT_DIST_DIR: DIST, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
  await migrate(dbFile);
  // Same data steps as `npm start` (demo corpus), in a child so env applies.
  const prep = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "-e", "require('./cli/prepare-data').prepareData().then(()=>process.exit(0),e=>{console.error(e);process.exit(1)})"], { cwd: ROOT, env, stdio: "inherit" });
  if (prep.status !== 0) throw new Error("preparing browser-test data failed");
  if (!process.env.BROWSER_TEST_SKIP_BUILD || !fs.existsSync(path.join(ROOT, DIST, "BUILD_ID"))) {
    const b = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, env, stdio: "inherit" });
    if (b.status !== 0) throw new Error("next build failed");
  }
  const port = process.env.BROWSER_TEST_PORT || String(3300 + Math.floor(Math.random() * 500));
  server = spawn(process.execPath, [NEXT_BIN, "start", "-p", port, "-H", "127.0.0.1"], { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForServer(baseURL, 60_000);
  project.provide("baseURL", baseURL);
  project.provide("dbFile", dbFile);
}

export async function teardown() {
  server?.kill("SIGTERM");
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
