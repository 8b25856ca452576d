// npm run --silent extract -- [--published YYYY-MM-DD] PATH...
// PATH: a .txt report (NAME.meta.json beside it is read when present) or a folder of them.
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { basename, join } from "node:path";
import { extract } from "../lib/extract";

const args = process.argv.slice(2);
let published: string | null = null;
const paths: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--published") published = args[++i] ?? null;
  else paths.push(args[i]);
}
if (!paths.length) { console.error("usage: npm run --silent extract -- [--published YYYY-MM-DD] PATH..."); process.exit(2); }

const files: string[] = [];
let failed = false;
for (const p of paths) {
  try {
    if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) { if (f.endsWith(".txt")) files.push(join(p, f)); }
    else files.push(p);
  } catch (e) { console.error(`cannot read ${p}: ${(e as Error).message}`); failed = true; }
}
const results: unknown[] = [];
for (const file of files) {
  let text: string;
  try { text = readFileSync(file, "utf8"); } catch (e) { console.error(`cannot read ${file}: ${(e as Error).message}`); failed = true; continue; }
  let meta: Record<string, string | null> = {};
  const metaPath = file.replace(/\.txt$/, ".meta.json");
  if (metaPath !== file && existsSync(metaPath)) {
    try { meta = JSON.parse(readFileSync(metaPath, "utf8")); } catch { console.error(`ignoring unreadable ${metaPath}`); }
  }
  const x = extract({ text, published: published ?? meta.published ?? null, title: meta.title, url: meta.url, publisher: meta.publisher });
  results.push({ file: basename(file), language: x.language, incidents: x.incidents, claims: x.claims });
}
process.stdout.write(JSON.stringify(results, null, 2) + "\n");
process.exitCode = failed ? 1 : 0;
