// Password hashing with scrypt from node:crypto (memory-hard, salted, no native
// dependency to build offline). Stored as "scrypt$N$r$p$salt$hash" so the cost
// can be raised later while old hashes still verify.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";

const scrypt = (pw: string, salt: Buffer, len: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCb(pw, salt, len, opts, (err, key) => (err ? reject(err) : resolve(key))));

// N=2^15, r=8: 32 MiB and ~50-100 ms per hash here, OWASP's scrypt floor.
const DEFAULT = { N: 1 << 15, r: 8, p: 1 };
const KEY_LEN = 32;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

/** Why a new password is unacceptable, or null. */
export function passwordProblem(pw: string): string | null {
  if (pw.length < PASSWORD_MIN) return `password must be at least ${PASSWORD_MIN} characters`;
  if (pw.length > PASSWORD_MAX) return `password must be at most ${PASSWORD_MAX} characters`;
  if (new Set(pw).size < 4) return "password is too repetitive";
  return null;
}

function options(N: number, r: number, p: number): ScryptOptions {
  // maxmem must exceed 128*N*r or node refuses the parameters.
  return { N, r, p, maxmem: 256 * N * r };
}

export async function hashPassword(pw: string, cost = DEFAULT): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(pw.normalize("NFC"), salt, KEY_LEN, options(cost.N, cost.r, cost.p));
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(pw: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  // Refuse absurd parameters from a tampered row rather than allocate gigabytes.
  if (![N, r, p].every(Number.isInteger) || N > 1 << 20 || r > 32 || p > 16) return false;
  const salt = Buffer.from(parts[4], "base64url");
  const expected = Buffer.from(parts[5], "base64url");
  if (pw.length > PASSWORD_MAX * 4) return false;
  const key = await scrypt(pw.normalize("NFC"), salt, expected.length, options(N, r, p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

let dummy: Promise<string> | undefined;
/** A hash to verify against when the account does not exist, so timing does not reveal it. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(18).toString("base64url"));
  return dummy;
}
