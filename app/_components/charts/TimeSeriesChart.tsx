"use client";
// One time-series chart (Recharts) with its data as a table for screen
// readers and copying. Receives shaped `{date, values}` points from the server.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { fmt } from "../query";

export interface SeriesDef {
  key: string;
  label: string;
  color: string;
  /** Dashed line (a second measure in the same colour, e.g. missiles beside drones). */
  dash?: boolean;
}

export interface ChartPoint {
  date: string;
  values: Record<string, number | null>;
}

function label(date: string, bucket: string) {
  if (bucket === "month") return date.slice(0, 7);
  if (bucket === "week") return `week of ${date}`;
  return date;
}

export function TimeSeriesChart({ id, title, data, series, kind, bucket, stacked = false, note }: {
  id: string;
  title: string;
  data: ChartPoint[];
  series: SeriesDef[];
  kind: "bar" | "line";
  bucket: string;
  stacked?: boolean;
  note?: string;
}) {
  // Recharts reads flat rows: one column per series.
  const rows = data.map((p) => ({ date: p.date, ...Object.fromEntries(series.map((s) => [s.key, p.values[s.key] ?? null])) }));
  const empty = rows.length === 0 || rows.every((r) => series.every((s) => !(r as Record<string, unknown>)[s.key]));
  const tooltip = (
    <Tooltip
      labelFormatter={(d) => label(String(d), bucket)}
      formatter={(value, name) => [value === null || value === undefined ? "no report" : fmt(Number(value)), name]}
    />
  );
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ec" />
      <XAxis dataKey="date" tickFormatter={(d) => (bucket === "month" ? String(d).slice(0, 7) : String(d).slice(5))} minTickGap={24} fontSize={12} />
      <YAxis allowDecimals={false} fontSize={12} width={48} />
      {tooltip}
      <Legend itemSorter={null} formatter={(v) => <span style={{ color: "#1b1f24" }}>{v}</span>} />
    </>
  );
  return (
    <figure className="chart card" data-testid={`chart-${id}`} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}><h3>{title}</h3>{note && <p className="muted small">{note}</p>}</figcaption>
      {empty ? (
        <p className="empty">No figures for these filters.</p>
      ) : (
        <div className="chart-box" aria-hidden="true">
          <ResponsiveContainer width="100%" height={260}>
            {kind === "bar" ? (
              <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
                {axes}
                {series.map((s) => <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={stacked ? "a" : undefined} isAnimationActive={false} />)}
              </BarChart>
            ) : (
              <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
                {axes}
                {series.map((s) => <Line key={s.key} dataKey={s.key} name={s.label} stroke={s.color} strokeDasharray={s.dash ? "6 3" : undefined} dot={rows.length < 60} strokeWidth={2} connectNulls={false} isAnimationActive={false} />)}
              </LineChart>
            )}
          </ResponsiveContainer>
        </div>
      )}
      <details className="table-view">
        <summary>Table view: {title}</summary>
        <div className="table-scroll">
          <table data-testid={`table-${id}`}>
            <caption className="sr-only">{title}</caption>
            <thead><tr><th scope="col">{bucket === "day" ? "Date" : bucket === "week" ? "Week of" : "Month"}</th>{series.map((s) => <th key={s.key} scope="col" className="num">{s.label}</th>)}</tr></thead>
            <tbody>
              {data.map((p) => (
                <tr key={p.date}><th scope="row">{bucket === "month" ? p.date.slice(0, 7) : p.date}</th>{series.map((s) => <td key={s.key} className="num">{fmt(p.values[s.key])}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
