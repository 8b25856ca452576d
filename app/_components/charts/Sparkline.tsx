// A tiny inline SVG bar sparkline (server-rendered; no chart library needed).
export function Sparkline({ values, label, color = "#0b5cad" }: { values: number[]; label: string; color?: string }) {
  const w = 120, h = 24;
  const max = Math.max(1, ...values);
  const bw = values.length ? w / values.length : w;
  return (
    <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label} className="sparkline">
      {values.map((v, i) => {
        const bh = v === 0 ? 0 : Math.max(1, (v / max) * h);
        return <rect key={i} x={i * bw} y={h - bh} width={Math.max(1, bw - 1)} height={bh} fill={color} />;
      })}
    </svg>
  );
}
