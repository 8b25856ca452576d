"use client";
// The correction form: every field of the incident, pre-filled with the value
// in force. Validated here with the same zod schema the server uses (instant
// messages), then again on the server, which is the check that counts.
import { useState } from "react";
import { useKeptForm, type FormAction } from "./useKeptForm";
import { COUNT_COLUMNS, FIELD_LABELS } from "@/lib/fields";
import { parseCorrectionForm, type FieldErrors } from "@/lib/validation/incident";
import { WEAPONS } from "@/lib/extract/types";

export interface CorrectionValues {
  id: number;
  version: number;
  country: string;
  date: string;
  region: string | null;
  place: string | null;
  attacker: string | null;
  weapons: string[];
  counts: Record<string, number | null>;
}

export function CorrectionForm({ action, values, regions }: { action: FormAction; values: CorrectionValues; regions: { code: string; name: string }[] }) {
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const { state, pending, formProps } = useKeptForm(action, (fd) => {
    const r = parseCorrectionForm(fd);
    setClientErrors(r.ok ? {} : r.fieldErrors);
    return r.ok;
  });
  const errors: FieldErrors = { ...(state.ok ? {} : state.fieldErrors), ...clientErrors };
  const err = (name: string) =>
    errors[name] ? (
      <span className="field-err" id={`${name}-err`} role="alert">
        {errors[name]}
      </span>
    ) : null;
  const aria = (name: string) => (errors[name] ? { "aria-invalid": true, "aria-describedby": `${name}-err` } : {});

  return (
    <form
      {...formProps}
      className="admin-form correction-form"
      data-testid="correction-form"
      noValidate
    >
      <input type="hidden" name="incidentId" value={values.id} />
      {/* The version the editor is looking at: a stale form is refused by the server. */}
      <input type="hidden" name="version" value={values.version} />
      {/* Remount the inputs when the incident changes, so they show the new values in force. */}
      <div className="grid" key={values.version}>
        <label>
          {FIELD_LABELS.date}
          <input name="date" defaultValue={values.date} placeholder="YYYY-MM-DD" {...aria("date")} />
          {err("date")}
        </label>
        <label>
          {FIELD_LABELS.region}
          <select name="region" defaultValue={values.region ?? ""} {...aria("region")}>
            <option value="">country-wide ({values.country})</option>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name} ({r.code})
              </option>
            ))}
          </select>
          {err("region")}
        </label>
        <label>
          {FIELD_LABELS.place}
          <input name="place" defaultValue={values.place ?? ""} placeholder="blank: no place below region" {...aria("place")} />
          {err("place")}
        </label>
        <label>
          {FIELD_LABELS.attacker}
          <select name="attacker" defaultValue={values.attacker ?? ""} {...aria("attacker")}>
            <option value="">unknown</option>
            <option value="RU">RU</option>
            <option value="UA">UA</option>
          </select>
          {err("attacker")}
        </label>
        {COUNT_COLUMNS.map((c) => (
          <label key={c}>
            {FIELD_LABELS[c]}
            <input name={c} inputMode="numeric" defaultValue={values.counts[c] ?? ""} placeholder="not reported" {...aria(c)} />
            {err(c)}
          </label>
        ))}
        <fieldset className="weapons" {...aria("weapons")}>
          <legend>{FIELD_LABELS.weapons}</legend>
          {WEAPONS.map((w) => (
            <label key={w} className="check">
              <input type="checkbox" name="weapons" value={w} defaultChecked={values.weapons.includes(w)} /> {w.replace(/_/g, " ")}
            </label>
          ))}
          {err("weapons")}
        </fieldset>
        <label className="reason">
          Reason (required, kept in the incident's history)
          <textarea name="reason" rows={2} maxLength={2000} {...aria("reason")} />
          {err("reason")}
        </label>
      </div>
      {err("version")}
      {err("incidentId")}
      <button type="submit" disabled={pending}>{pending ? "Saving…" : "Save corrections"}</button>
      {state.message && (
        <p role={state.ok ? "status" : "alert"} className={state.ok ? "ok-msg" : "err-msg"} key={state.at} data-testid="correction-result">
          {state.message}
        </p>
      )}
    </form>
  );
}
