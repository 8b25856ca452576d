import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAdminSession } from "@/lib/auth/session";
import { safeNext, secureCookies } from "@/lib/auth/request";
import { authConfig } from "@/lib/auth/config";
import { SignInForm } from "@/app/_components/admin/SignInForm";
import { signInAction } from "../_actions/sign-in";

export const dynamic = "force-dynamic";

export default async function SignIn({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const next = safeNext(typeof sp.next === "string" ? sp.next : undefined);
  if (await getAdminSession()) redirect(next);
  // Browsers drop a Secure cookie set over plain http (except on localhost):
  // say so instead of letting sign-in silently bounce back here.
  const cfg = authConfig();
  const h = await headers();
  const host = h.get("host") ?? "";
  const plainHttp = h.get("x-forwarded-proto") !== "https" && !/^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i.test(host);
  return (
    <section className="card">
      <h1>Admin sign-in</h1>
      <p className="muted small">
        Accounts are created on the server with <code>npm run admin:create -- EMAIL</code>. After {cfg.accountMaxFailures} wrong passwords an account is locked for {cfg.accountLockMinutes} minutes.
      </p>
      {secureCookies() && plainHttp && (
        <p className="notice warn small" role="note">
          This page was served over plain http, so your browser will refuse the secure session cookie. Serve the admin over https (behind a
          proxy that sets X-Forwarded-Proto), or for a trusted local network start the server with <code>ADMIN_INSECURE_COOKIE=1</code>.
        </p>
      )}
      <SignInForm action={signInAction} next={next === "/admin" ? undefined : next} />
    </section>
  );
}
