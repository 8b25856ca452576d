// Every signed-in admin page sits in this group: one server-side session check
// here, and each page and action checks again (layouts are not re-run on every
// navigation, and actions can be posted to directly).
import { requireAdmin } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  await requireAdmin();
  return <>{children}</>;
}
