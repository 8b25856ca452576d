import { redirect } from "next/navigation";
import { getAdminSession } from "@/lib/auth/session";
import { safeNext } from "@/lib/auth/request";
import { SignInForm } from "@/app/_components/admin/SignInForm";
import { signInAction } from "../_actions/sign-in";

export const dynamic = "force-dynamic";

export default async function SignIn({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const next = safeNext(typeof sp.next === "string" ? sp.next : undefined);
  if (await getAdminSession()) redirect(next);
  return (
    <section className="card">
      <h1>Admin sign-in</h1>
      <p className="muted small">
        Accounts are created on the server with <code>npm run admin:create -- EMAIL</code>. After 5 wrong passwords an account is locked for 15 minutes.
      </p>
      <SignInForm action={signInAction} next={next === "/admin" ? undefined : next} />
    </section>
  );
}
