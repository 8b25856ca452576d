import { getDb } from "@/lib/db/client";
import { handleIncident } from "@/lib/api/handlers";

// One incident with the claims and corrections behind it.
export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  return handleIncident(getDb(), id);
}
