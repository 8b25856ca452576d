export function DemoNotice({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <div className="notice demo" role="note" data-testid="demo-notice">
      Demo data: these figures come from the bundled demonstration corpus, not from a live collection of reports.
    </div>
  );
}
