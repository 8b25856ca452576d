// Facts about the incoming request that the auth code needs, computed from
// plain headers so they can be unit-tested without a server.
import { authConfig } from "./config";

type HeaderLike = { get(name: string): string | null };

/**
 * The client address for rate limiting. Only a header named by
 * TRUSTED_IP_HEADER counts (a client can send any X-Forwarded-For it likes);
 * for X-Forwarded-For the last entry is the one the nearest proxy appended.
 */
export function clientAddress(h: HeaderLike): string {
  const name = authConfig().trustedIpHeader;
  if (!name) return "direct";
  const raw = h.get(name);
  if (!raw) return "unknown";
  const parts = raw.split(",").map((s) => s.trim()).filter(Boolean);
  return (parts[parts.length - 1] ?? "unknown").slice(0, 100);
}

/**
 * Null when the request comes from this site, else why not. Browsers send
 * Origin with every POST, so a missing one is refused too (a cross-site form
 * from an old browser, or a script that did not say where it came from).
 */
export function originProblem(h: HeaderLike): string | null {
  const origin = h.get("origin");
  const host = h.get("host");
  if (!origin || origin === "null") return "request refused: it did not say which site it came from";
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return "request refused: malformed Origin header";
  }
  const allowed = authConfig().allowedOrigins;
  if (allowed.includes(origin.toLowerCase().replace(/\/+$/, ""))) return null;
  if (host && originHost === host.toLowerCase()) return null;
  return `request refused: it came from another site (${originHost})`;
}

/** Secure cookies in production; ADMIN_INSECURE_COOKIE=1 for plain-http use on a trusted network. */
export function secureCookies(): boolean {
  return process.env.NODE_ENV === "production" && process.env.ADMIN_INSECURE_COOKIE !== "1";
}

/** Where to go after signing in: only admin paths on this site, never an open redirect. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !/^\/admin(\/[A-Za-z0-9_\-]|\?|$)/.test(next) || next.startsWith("/admin/sign-in")) return "/admin";
  return next;
}
