// npm run admin:create -- EMAIL [--reset]
// Creates an admin account (or, with --reset, sets a new password for one and
// ends its sessions). The password is prompted twice without echo on a
// terminal, or read from the first line of stdin (e.g. from a secrets file).
import { migrate } from "../lib/db/migrate";
import { sqlitePathFromUrl } from "../lib/db/url";
import { createDb } from "../lib/db/client";
import { AdminUserError, createAdminUser, emailSchema } from "../lib/auth/users";

const USAGE = "usage: npm run admin:create -- EMAIL [--reset]   (password prompted, or read from stdin)";

/** Read one line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener("data", onData);
      process.stderr.write("\n");
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return done();
        if (ch === "\u0003" || ch === "\u0004") return done(new Error("cancelled"));
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else if (ch >= " ") value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

async function readStdinLine(): Promise<string> {
  let data = "";
  for await (const chunk of process.stdin) {
    data += chunk;
    if (data.length > 10_000) break;
  }
  return data.split(/\r?\n/)[0];
}

async function main() {
  const args = process.argv.slice(2);
  const reset = args.includes("--reset");
  const rest = args.filter((a) => a !== "--reset");
  if (rest.length !== 1 || rest[0].startsWith("-")) {
    console.error(USAGE);
    process.exit(2);
  }
  const email = rest[0];
  // Check the address before asking for a password the user would then retype.
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) throw new AdminUserError(`${JSON.stringify(email)}: ${parsed.error.issues[0].message}`);

  let password: string;
  if (process.stdin.isTTY) {
    password = await promptHidden(`password for ${email}: `);
    const again = await promptHidden("again: ");
    if (password !== again) throw new AdminUserError("the two passwords differ; nothing changed");
  } else {
    password = await readStdinLine();
    if (!password) throw new AdminUserError("no password on stdin (pipe it in, or run in a terminal to be prompted)");
  }

  const file = sqlitePathFromUrl();
  await migrate(file);
  const db = createDb(file);
  try {
    const r = await createAdminUser(db, email, password, { reset });
    console.log(r.created ? `created admin ${r.email} in ${file}` : `set a new password for ${r.email} (its sessions were ended)`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(`admin:create: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
