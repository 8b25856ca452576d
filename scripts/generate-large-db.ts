// Fills a database with a synthetic war's worth of reports for speed tests:
// by default 100,000 incidents and 500,000 claims over three years.
//   npm run db:generate-large -- [FILE] [--incidents N] [--claims N] [--days N] [--force]
// FILE defaults to DATABASE_URL's file. Refuses a file that already holds
// incidents unless --force (which empties those tables first).
// Raw better-sqlite3 inserts in one transaction: ~2-3 s for the default size.
import Database from "better-sqlite3";
import fs from "node:fs";
import { migrate } from "@/lib/db/migrate";
import { sqlitePathFromUrl } from "@/lib/db/url";
import REGIONS from "@/lib/queries/regions.json";

export interface GenerateOptions {
  incidents?: number;
  claims?: number;
  days?: number;
  force?: boolean;
  /** Last day of the range (default: yesterday, UTC). */
  end?: string;
}

// Deterministic, so two runs give the same database (mulberry32).
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS = ["killed", "injured", "drones_launched", "drones_downed", "missiles_launched", "missiles_downed"] as const;
const COLUMN: Record<string, string> = { killed: "killed", injured: "injured", drones_launched: "dronesLaunched", drones_downed: "dronesDowned", missiles_launched: "missilesLaunched", missiles_downed: "missilesDowned" };
const PUBLISHERS = ["Kyiv Independent", "Ukrainska Pravda", "Reuters", "Suspilne", "Meduza", "TASS", "Air Force of Ukraine", "Ukrinform"];

export async function generateLargeDb(file: string, o: GenerateOptions = {}) {
  const nIncidents = o.incidents ?? 100_000;
  const nClaims = o.claims ?? 500_000;
  const days = o.days ?? 3 * 365;
  await migrate(file);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const existing = (db.prepare(`SELECT COUNT(*) AS n FROM "Incident"`).get() as { n: number }).n;
  if (existing > 0 && !o.force) {
    db.close();
    throw new Error(`${file} already holds ${existing} incidents: pass --force to replace them`);
  }
  const rand = rng(20240224);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const end = Date.parse((o.end ?? new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)) + "T00:00:00Z");
  const dayOf = (i: number) => new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10);
  const ua = REGIONS.filter((r) => r.country === "UA");
  const ruBorder = REGIONS.filter((r) => r.country === "RU" && r.lon < 50 && r.lat < 60);

  const t0 = Date.now();
  const insInc = db.prepare(`INSERT INTO "Incident" ("date","country","region","place","latitude","longitude","attacker","weapons",
    "dronesLaunched","dronesDowned","missilesLaunched","missilesDowned","killed","injured","ranges","geoPrecision","sourceCount","reviewStatus","mergeKey","updatedAt")
    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
  const insArt = db.prepare(`INSERT INTO "Article" ("url","title","publisher","published","language","body","contentHash","sourceKey","extractorVersion","sourceKind")
    VALUES (?,?,?,?,?,?,?,?,?,?)`);
  const insClaim = db.prepare(`INSERT INTO "Claim" ("articleId","incidentId","field","value","qualifier","claimant","claimantSide","date","country","region","place","attacker","weapons","language","sentence","sentenceStart","sentenceEnd","start","end")
    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);

  const claimsPerIncident = nClaims / nIncidents;
  let claims = 0;
  let articles = 0;
  const now = new Date().toISOString();
  db.transaction(() => {
    db.prepare(`DELETE FROM "Claim"`).run();
    db.prepare(`DELETE FROM "Correction"`).run();
    db.prepare(`DELETE FROM "Incident"`).run();
    db.prepare(`DELETE FROM "Article"`).run();
    const perDay = nIncidents / days;
    let made = 0;
    for (let d = 0; d < days && made < nIncidents; d++) {
      const date = dayOf(d);
      const target = Math.min(nIncidents - made, Math.round((d + 1) * perDay) - made);
      const used = new Set<string>();
      // One article per ~10 claims of the day.
      let articleId = 0;
      let articleLeft = 0;
      const article = () => {
        if (articleLeft <= 0) {
          const publisher = pick(PUBLISHERS);
          const url = `https://example.org/${date}/${++articles}`;
          const info = insArt.run(url, `Overnight attacks, ${date}`, publisher, `${date}T0${Math.floor(rand() * 9)}:00:00.000+00:00`, "en",
            `Synthetic report ${articles} for ${date}. Figures below are generated for speed tests.`, `gen-${articles}`, url, "generated", "generated");
          articleId = Number(info.lastInsertRowid);
          articleLeft = 10;
        }
        articleLeft--;
        return articleId;
      };
      let today = 0;
      // Retries (k beyond target) replace combinations already used that day.
      for (let k = 0; today < target && k < target * 4; k++) {
        let country: string, region: string | null, attacker: string | null, lat: number | null = null, lon: number | null = null, place: string | null = null;
        let counts: Record<string, number | null>;
        if (k === 0) {
          // The air force's national count for the night.
          country = "UA"; region = null; attacker = "RU";
          const launched = 20 + Math.floor(rand() * 300);
          counts = { dronesLaunched: launched, dronesDowned: Math.floor(launched * (0.7 + rand() * 0.28)), missilesLaunched: rand() < 0.2 ? Math.floor(rand() * 40) : null, missilesDowned: null, killed: null, injured: null };
          if (counts.missilesLaunched) counts.missilesDowned = Math.floor(counts.missilesLaunched * rand());
        } else if (k === 1) {
          country = "RU"; region = null; attacker = "UA";
          counts = { dronesLaunched: null, dronesDowned: 5 + Math.floor(rand() * 120), missilesLaunched: null, missilesDowned: null, killed: null, injured: null };
        } else {
          let r: (typeof REGIONS)[number];
          let tries = 0;
          do {
            r = rand() < 0.8 ? pick(ua) : pick(ruBorder);
            attacker = r.country === "UA" ? "RU" : rand() < 0.97 ? "UA" : null;
          } while (used.has(`${r.code}|${attacker}`) && ++tries < 50);
          country = r.country; region = r.code;
          place = `${r.name} town ${1 + Math.floor(rand() * 20)}`;
          lat = r.lat + (rand() - 0.5) * 0.8;
          lon = r.lon + (rand() - 0.5) * 1.2;
          counts = { dronesLaunched: null, dronesDowned: rand() < 0.3 ? Math.floor(rand() * 15) : null, missilesLaunched: null, missilesDowned: null,
            killed: rand() < 0.35 ? Math.floor(rand() * 8) : null, injured: rand() < 0.5 ? Math.floor(rand() * 25) : null };
        }
        const key = `${date}|${country}|${region ?? ""}|${attacker ?? ""}`;
        if (used.has(`${region}|${attacker}`)) continue; // region exhausted for the day: skip, keep keys unique
        used.add(`${region}|${attacker}`);
        const ranges: Record<string, { low: number; best: number; high: number; sources: number }> = {};
        for (const [c, v] of Object.entries(counts)) if (v !== null) ranges[c] = { low: Math.max(0, v - 2), best: v, high: v + 1, sources: 2 };
        const weapons = JSON.stringify(rand() < 0.7 ? ["drone"] : rand() < 0.5 ? ["drone", "missile"] : ["glide_bomb"]);
        const inc = insInc.run(date, country, region, place, lat, lon, attacker, weapons, counts.dronesLaunched, counts.dronesDowned, counts.missilesLaunched, counts.missilesDowned,
          counts.killed, counts.injured, JSON.stringify(ranges), region ? 1 : null, 2, rand() < 0.1 ? "reviewed" : "unreviewed", key, now);
        const incidentId = Number(inc.lastInsertRowid);
        made++;
        today++;
        // Spread the claims so the total lands on nClaims.
        const want = Math.round(made * claimsPerIncident) - claims;
        for (let c = 0; c < want; c++) {
          const present = FIELDS.filter((f) => counts[COLUMN[f]] !== null);
          const field = present.length ? present[c % present.length] : "event";
          const value = field === "event" ? null : counts[COLUMN[field]]! - (c % 2);
          const sentence = `${field === "event" ? "An attack was reported" : `${value} ${field.replace("_", " ")}`} in ${place ?? country} on ${date}.`;
          const vs = String(value ?? "An attack");
          insClaim.run(article(), incidentId, field, value, "exact", "Generated", country, date, country, region, place, attacker, weapons, "en", sentence, 0, sentence.length, 0, vs.length);
          claims++;
        }
      }
    }
  })();
  db.pragma("optimize");
  db.exec("ANALYZE");
  const counts = {
    incidents: (db.prepare(`SELECT COUNT(*) AS n FROM "Incident"`).get() as { n: number }).n,
    claims: (db.prepare(`SELECT COUNT(*) AS n FROM "Claim"`).get() as { n: number }).n,
    articles: (db.prepare(`SELECT COUNT(*) AS n FROM "Article"`).get() as { n: number }).n,
  };
  db.close();
  return { file, ...counts, ms: Date.now() - t0 };
}

function parseArgs(argv: string[]) {
  const o: GenerateOptions = {};
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v <= 0) throw new Error(`${a} needs a positive whole number`);
      return v;
    };
    if (a === "--incidents") o.incidents = num();
    else if (a === "--claims") o.claims = num();
    else if (a === "--days") o.days = num();
    else if (a === "--force") o.force = true;
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else file = a;
  }
  return { file: file ?? sqlitePathFromUrl(), o };
}

if (require.main === module) {
  const { file, o } = (() => {
    try {
      return parseArgs(process.argv.slice(2));
    } catch (e) {
      console.error(String((e as Error).message));
      process.exit(2);
    }
  })();
  if (fs.existsSync(file)) console.error(`filling ${file}`);
  generateLargeDb(file, o).then(
    (r) => console.log(JSON.stringify(r)),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
