import { quoteParts } from "@/lib/queries/highlight";

/** A claim's sentence with its figure in <mark>, rendered as text (never as HTML). */
export function Quote({ claim }: { claim: { sentence: string; sentenceStart: number; start: number; end: number; value: number | null } }) {
  const q = quoteParts(claim);
  return (
    <blockquote>
      “{q.before}{q.figure !== null && <mark>{q.figure}</mark>}{q.after}”
    </blockquote>
  );
}
