import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { requireAdmin } from "@/lib/auth/session";
import { incidentForAdmin, mergedInto, sameDayIncidents } from "@/lib/services/admin/read";
import { parseWeapons } from "@/lib/services/admin/values";
import { COUNT_COLUMNS, FIELD_LABELS, type CorrectableField } from "@/lib/fields";
import { REGIONS, regionName } from "@/lib/queries/regions";
import { ActionForm } from "@/app/_components/admin/ActionForm";
import { AuditTrail, when } from "@/app/_components/admin/AuditTrail";
import { CorrectionForm } from "@/app/_components/admin/CorrectionForm";
import { Quote } from "@/app/_components/Quote";
import { correctIncidentAction } from "../../../_actions/correct-incident";
import { revertCorrectionAction } from "../../../_actions/revert-correction";
import { setReviewStatusAction } from "../../../_actions/set-review-status";
import { excludeClaimAction } from "../../../_actions/exclude-claim";
import { restoreClaimAction } from "../../../_actions/restore-claim";
import { moveClaimAction } from "../../../_actions/move-claim";
import { splitIncidentAction } from "../../../_actions/split-incident";
import { mergeIncidentsAction } from "../../../_actions/merge-incidents";

export const dynamic = "force-dynamic";

/** A Correction/Audit JSON value for display: text, never markup. */
function show(v: string | null): string {
  if (v === null) return "–";
  try {
    const x = JSON.parse(v);
    return x === null ? "none" : Array.isArray(x) ? x.join(", ") || "none" : String(x);
  } catch {
    return v;
  }
}

type Ranges = Record<string, { low: number; best: number; high: number; sources: number }>;

export default async function AdminIncident({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id: raw } = await params;
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(id)) notFound();
  const db = getDb();
  const data = await incidentForAdmin(db, id);
  if (!data) {
    const survivor = await mergedInto(db, id);
    if (survivor) redirect(`/admin/incidents/${survivor}`);
    notFound();
  }
  const { incident: inc, events } = data;
  const neighbours = await sameDayIncidents(db, inc);
  let ranges: Ranges = {};
  try {
    ranges = JSON.parse(inc.ranges);
  } catch {
    /* shown as no ranges */
  }
  const corrected = new Set(inc.corrections.map((c) => c.field));
  const regions = REGIONS.filter((r) => r.country === inc.country).map((r) => ({ code: r.code, name: r.name }));
  const statuses = (["reviewed", "flagged", "unreviewed"] as const).filter((s) => s !== inc.reviewStatus);

  return (
    <>
      <section className="card admin-section">
        <h1>
          Incident #{inc.id}: {inc.date}, {inc.place ? `${inc.place}, ` : ""}
          {regionName(inc.region)} ({inc.country})
        </h1>
        <p className="small">
          Attacker {inc.attacker ?? "unknown"} · {inc.sourceCount} source{inc.sourceCount === 1 ? "" : "s"} · status{" "}
          <strong data-testid="review-status">{inc.reviewStatus}</strong> · version {inc.version} · <a href={`/incidents/${inc.id}`}>public page</a>
        </p>
        {statuses.map((s) => (
          <ActionForm key={s} action={setReviewStatusAction} submit={s === "reviewed" ? "Mark reviewed" : s === "flagged" ? "Flag" : "Back to unreviewed"} testId={`status-${s}`}>
            <input type="hidden" name="incidentId" value={inc.id} />
            <input type="hidden" name="version" value={inc.version} />
            <input type="hidden" name="status" value={s} />
          </ActionForm>
        ))}
      </section>

      <div className="admin-grid">
        <div>
          <section className="card admin-section">
            <h2>Correct</h2>
            <table className="small">
              <thead>
                <tr>
                  <th>Count</th>
                  <th className="num">In force</th>
                  <th className="num">From sources (low–high, n)</th>
                </tr>
              </thead>
              <tbody>
                {COUNT_COLUMNS.map((c) => (
                  <tr key={c}>
                    <td>{FIELD_LABELS[c]}</td>
                    <td className="num" data-testid={`value-${c}`}>
                      {inc[c] ?? "–"} {corrected.has(c) && <span className="tag">corrected</span>}
                    </td>
                    <td className="num">{ranges[c] ? `${ranges[c].best} (${ranges[c].low}–${ranges[c].high}, ${ranges[c].sources})` : "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <CorrectionForm
              action={correctIncidentAction}
              regions={regions}
              values={{
                id: inc.id, version: inc.version, country: inc.country, date: inc.date, region: inc.region, place: inc.place, attacker: inc.attacker,
                weapons: parseWeapons(inc.weapons), counts: Object.fromEntries(COUNT_COLUMNS.map((c) => [c, inc[c]])),
              }}
            />
          </section>

          <section className="card admin-section">
            <h2>Claims ({inc.claims.length})</h2>
            {inc.claims.map((c) => (
              <div key={c.id} className={`claim ${c.excluded ? "excluded" : ""}`} data-testid={`claim-${c.id}`}>
                <div className="small">
                  <span className="tag">#{c.id}</span>
                  <span className="tag">{c.field.replace(/_/g, " ")}</span>
                  {c.value !== null && <span className="tag">{c.qualifier === "exact" ? "" : `${c.qualifier.replace(/_/g, " ")} `}{c.value}</span>}
                  {c.excluded && <span className="tag warn">marked wrong</span>}
                  {c.pinnedIncidentId !== null && <span className="tag">pinned here</span>}
                  {c.article.hidden && <span className="tag warn">article hidden</span>}
                  {c.claimant && <span className="muted">claimed by {c.claimant} · </span>}
                  <a href={`/admin/articles/${c.article.id}`}>{c.article.title || `article ${c.article.id}`}</a>
                  {c.article.publisher && <span className="muted"> · {c.article.publisher}</span>}
                </div>
                <Quote claim={c} />
                {c.excluded ? (
                  <ActionForm action={restoreClaimAction} submit="Count it again" testId={`restore-claim-${c.id}`}>
                    <input type="hidden" name="claimId" value={c.id} />
                  </ActionForm>
                ) : (
                  <ActionForm action={excludeClaimAction} submit="Mark wrong" danger testId={`exclude-claim-${c.id}`}>
                    <input type="hidden" name="claimId" value={c.id} />
                    <input name="reason" placeholder="why it is wrong" aria-label={`reason for marking claim ${c.id} wrong`} maxLength={2000} />
                  </ActionForm>
                )}
                <ActionForm action={moveClaimAction} submit="Move" testId={`move-claim-${c.id}`}>
                  <input type="hidden" name="claimId" value={c.id} />
                  <input name="toIncidentId" inputMode="numeric" placeholder="to incident #" aria-label={`incident to move claim ${c.id} to`} size={10} />
                  <input name="reason" placeholder="reason" aria-label={`reason for moving claim ${c.id}`} maxLength={2000} />
                </ActionForm>
              </div>
            ))}
          </section>

          <section className="card admin-section">
            <h2>Split or merge</h2>
            {inc.claims.length > 1 && (
              <ActionForm action={splitIncidentAction} submit="Split the ticked claims off" testId="split-form" confirm="Create a new incident from the ticked claims?">
                <input type="hidden" name="incidentId" value={inc.id} />
                <fieldset>
                  <legend className="small">Claims that belong to a different incident</legend>
                  {inc.claims.map((c) => (
                    <label key={c.id} className="check small">
                      <input type="checkbox" name="claimIds" value={c.id} /> #{c.id} {c.field.replace(/_/g, " ")} {c.value ?? ""}
                    </label>
                  ))}
                </fieldset>
                <input name="reason" placeholder="reason" aria-label="reason for the split" maxLength={2000} />
              </ActionForm>
            )}
            {neighbours.length > 0 && (
              <table className="small" data-testid="same-day">
                <caption className="muted">Other incidents on {inc.date} in {inc.country}</caption>
                <thead>
                  <tr>
                    <th>#</th>
                    <th>Where</th>
                    <th>Attacker</th>
                    <th className="num">Killed</th>
                    <th className="num">Drones</th>
                    <th className="num">Missiles</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {neighbours.map((n) => (
                    <tr key={n.id}>
                      <td>
                        <a href={`/admin/incidents/${n.id}`}>#{n.id}</a>
                      </td>
                      <td>
                        {n.place ? `${n.place}, ` : ""}
                        {regionName(n.region)}
                      </td>
                      <td>{n.attacker ?? "unknown"}</td>
                      <td className="num">{n.killed ?? "–"}</td>
                      <td className="num">{n.dronesLaunched ?? "–"}</td>
                      <td className="num">{n.missilesLaunched ?? "–"}</td>
                      <td>
                        <ActionForm action={mergeIncidentsAction} submit="Merge into this one" testId={`merge-${n.id}`} confirm={`Merge incident #${n.id} into #${inc.id}? Its claims move here and it is removed.`}>
                          <input type="hidden" name="survivorId" value={inc.id} />
                          <input type="hidden" name="absorbedId" value={n.id} />
                          <input name="reason" placeholder="reason" aria-label={`reason for merging incident ${n.id}`} maxLength={2000} size={14} />
                        </ActionForm>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <ActionForm action={mergeIncidentsAction} submit="Merge into this incident" testId="merge-form" confirm="Merge that incident into this one? Its claims move here and it is removed.">
              <input type="hidden" name="survivorId" value={inc.id} />
              <input name="absorbedId" inputMode="numeric" placeholder="other incident #" aria-label="incident to merge into this one" size={12} />
              <input name="reason" placeholder="reason" aria-label="reason for the merge" maxLength={2000} />
            </ActionForm>
          </section>
        </div>

        <aside>
          <section className="card admin-section">
            <h2>Corrections</h2>
            {inc.corrections.length === 0 ? (
              <p className="muted small">None: every value comes from the sources.</p>
            ) : (
              <ol className="history" data-testid="corrections">
                {inc.corrections.map((c) => (
                  <li key={c.id}>
                    <strong>{FIELD_LABELS[c.field as CorrectableField] ?? c.field}</strong>: {show(c.oldValue)} → {show(c.newValue)}
                    <div className="small muted">
                      {c.editor}, {when(c.createdAt)}: {c.reason}
                    </div>
                    <ActionForm action={revertCorrectionAction} submit="Revert" testId={`revert-${c.id}`}>
                      <input type="hidden" name="correctionId" value={c.id} />
                      <input type="hidden" name="version" value={inc.version} />
                      <input name="reason" placeholder="reason" aria-label={`reason for reverting correction ${c.id}`} maxLength={2000} />
                    </ActionForm>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <AuditTrail events={events} empty="No other admin actions yet." testId="audit" showRefs />
        </aside>
      </div>
    </>
  );
}
