import { getDb } from "@/lib/db/client";
import { requireAdmin } from "@/lib/auth/session";
import { reviewQueue } from "@/lib/services/admin/review";
import { regionName } from "@/lib/queries/regions";
import { ActionForm } from "@/app/_components/admin/ActionForm";
import { setReviewStatusAction } from "../_actions/set-review-status";

export const dynamic = "force-dynamic";

const PAGE = 50;

export default async function ReviewQueue({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const sp = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(typeof sp.page === "string" ? sp.page : "1", 10) || 1));
  const { items, total } = await reviewQueue(getDb(), { limit: PAGE, offset: (page - 1) * PAGE });
  const pages = Math.max(1, Math.ceil(total / PAGE));

  return (
    <section className="card">
      <h1>Review queue</h1>
      <p className="muted small">
        {total} incident{total === 1 ? "" : "s"} to look at, most important first: deaths, sources that disagree, unknown or vague places, only
        approximate figures. Marking one reviewed vouches for the figures shown.
      </p>
      {items.length === 0 ? (
        <p className="empty">Nothing waiting for review.</p>
      ) : (
        <table className="queue" data-testid="review-queue">
          <thead>
            <tr>
              <th>Incident</th>
              <th>Where</th>
              <th className="num">Killed</th>
              <th className="num">Injured</th>
              <th className="num">Drones</th>
              <th className="num">Sources</th>
              <th>Why</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id} data-testid={`queue-${i.id}`}>
                <td>
                  <a href={`/admin/incidents/${i.id}`}>#{i.id}</a> {i.date}
                  <div className="small muted">attacker {i.attacker ?? "unknown"}</div>
                </td>
                <td>
                  {i.place ? `${i.place}, ` : ""}
                  {regionName(i.region)} ({i.country})
                </td>
                <td className="num">{i.killed ?? "–"}</td>
                <td className="num">{i.injured ?? "–"}</td>
                <td className="num">{i.dronesLaunched ?? "–"}</td>
                <td className="num">{i.sourceCount}</td>
                <td>
                  <ul className="reasons">
                    {i.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                </td>
                <td>
                  <ActionForm action={setReviewStatusAction} submit="Mark reviewed" testId={`review-${i.id}`}>
                    <input type="hidden" name="incidentId" value={i.id} />
                    <input type="hidden" name="version" value={i.version} />
                    <input type="hidden" name="status" value="reviewed" />
                  </ActionForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <p className="small">
          Page {page} of {pages} {page > 1 && <a href={`/admin?page=${page - 1}`}>previous</a>} {page < pages && <a href={`/admin?page=${page + 1}`}>next</a>}
        </p>
      )}
    </section>
  );
}
