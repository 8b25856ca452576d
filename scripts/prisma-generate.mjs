// `prisma generate` without network. The CLI insists on locating a schema
// engine binary before it generates (it is never run for generate), and
// offline its download fails: point it at a stub. Migrations don't use the
// CLI at all (lib/db/migrate.ts drives the WebAssembly engine).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const stub = path.join(os.tmpdir(), "strikewatch-schema-engine-stub");
if (!fs.existsSync(stub)) {
  fs.writeFileSync(stub, "#!/bin/sh\necho 'strikewatch: the Prisma schema engine binary is not installed; use npm run db:migrate' >&2\nexit 1\n");
  fs.chmodSync(stub, 0o755);
}
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const bin = path.join("node_modules", "prisma", "build", "index.js");
const r = spawnSync(process.execPath, [bin, "generate"], { stdio: "inherit", env });
process.exit(r.status ?? 1);
