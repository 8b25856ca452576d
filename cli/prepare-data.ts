// Data steps `npm start` runs after migrating: the ingest service fills this
// in with the demo corpus for an empty database.
export async function prepareData(): Promise<void> {}
