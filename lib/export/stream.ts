// Exports as web streams that pull one batch at a time from the database: the
// first bytes leave at once, and memory holds one batch whatever the total.

const encoder = new TextEncoder();

/**
 * A byte stream over text chunks. `pull` is called only when the consumer
 * wants more, so a slow download slows the database reads instead of
 * buffering the whole file; a cancelled download stops the iteration.
 */
export function textStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const it = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await it.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (err) {
        // Headers are gone already; a broken stream is all that can tell the client.
        console.error("export stream failed:", err);
        controller.error(err);
      }
    },
    async cancel() {
      await it.return?.();
    },
  });
}
