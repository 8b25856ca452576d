import { createHash, randomBytes } from "node:crypto";

/** 256 random bits; the cookie carries this, the database only its sha256. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Cheap shape check before touching the database with a cookie's value. */
export function plausibleToken(token: string | undefined | null): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
