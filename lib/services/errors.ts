/** A report or input that cannot be ingested; the message is shown to the user as is. */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IngestError";
  }
}
