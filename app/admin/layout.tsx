// Shared frame of every /admin page, signed in or not. It shows who is signed
// in; it is NOT the access check: the (console) layout, every page and every
// action check the session themselves.
import type { Metadata } from "next";
import "./admin.css";
import { getAdminSession } from "@/lib/auth/session";
import { ActionForm } from "@/app/_components/admin/ActionForm";
import { signOutAction } from "./_actions/sign-out";

export const metadata: Metadata = { title: "Admin · Strikewatch", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const admin = await getAdminSession();
  return (
    <>
      {admin && (
        <div className="admin-bar">
          <nav aria-label="Admin">
            <a href="/admin">Review queue</a>
            <a href="/admin/ingest">Ingest</a>
          </nav>
          <span className="small">
            Signed in as <strong data-testid="admin-email">{admin.email}</strong>{" "}
            <ActionForm action={signOutAction} submit="Sign out" testId="sign-out" />
          </span>
        </div>
      )}
      {children}
    </>
  );
}
