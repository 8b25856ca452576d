// Tunables for admin sign-in. Read at call time so tests and deployments can
// change them through the environment without a rebuild.

export const SESSION_COOKIE = "sw_admin_session";

function intEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name}=${raw}: expected an integer >= ${min}`);
  return n;
}

export function authConfig() {
  return {
    /** Absolute session lifetime: a stolen cookie stops working after this. */
    sessionHours: intEnv("ADMIN_SESSION_HOURS", 12, 1),
    /** Consecutive failed passwords before an account is locked. */
    accountMaxFailures: intEnv("ADMIN_LOCKOUT_FAILURES", 5, 1),
    accountLockMinutes: intEnv("ADMIN_LOCKOUT_MINUTES", 15, 1),
    /** Failed sign-ins from one address within the window before it is refused. */
    addressMaxFailures: intEnv("ADMIN_ADDRESS_FAILURES", 20, 1),
    addressWindowMinutes: intEnv("ADMIN_ADDRESS_WINDOW_MINUTES", 15, 1),
    /**
     * Header a trusted reverse proxy sets to the client's address (e.g.
     * "x-real-ip", or "x-forwarded-for" whose LAST entry the proxy appended).
     * Unset: client-sent headers are ignored and all direct clients share one
     * address bucket, because Next does not expose the socket address to actions.
     */
    trustedIpHeader: (process.env.TRUSTED_IP_HEADER || "").trim().toLowerCase() || null,
    /** Extra origins allowed to post to admin actions (a proxy that rewrites Host). */
    allowedOrigins: (process.env.ADMIN_ALLOWED_ORIGINS || "")
      .split(",")
      .map((s) => s.trim().toLowerCase().replace(/\/+$/, ""))
      .filter(Boolean),
  };
}
