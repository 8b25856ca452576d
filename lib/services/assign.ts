// Which incident a claim belongs to. Order of precedence:
//   1. Claim.pinnedIncidentId (an admin moved it there), if that incident exists;
//   2. IncidentAlias for the claim's mergeKey (the key's incident was merged away);
//   3. the incident whose mergeKey equals the claim's;
//   4. a new incident for that key (counts filled in later by recomputeIncidents).
import { mergeKeyOf, type DbClient, type KeyParts } from "./fields";

export class IncidentAssigner {
  // mergeKey -> incident id, for the life of one ingest transaction
  private byKey = new Map<string, number>();
  private exists = new Map<number, boolean>();

  constructor(private db: DbClient) {}

  async incidentFor(parts: KeyParts, pinnedIncidentId?: number | null): Promise<number> {
    if (pinnedIncidentId != null && (await this.incidentExists(pinnedIncidentId))) return pinnedIncidentId;
    const key = mergeKeyOf(parts);
    const cached = this.byKey.get(key);
    if (cached !== undefined) return cached;

    const alias = await this.db.incidentAlias.findUnique({ where: { mergeKey: key } });
    if (alias && (await this.incidentExists(alias.incidentId))) return this.remember(key, alias.incidentId);

    const found = await this.db.incident.findUnique({ where: { mergeKey: key }, select: { id: true } });
    if (found) return this.remember(key, found.id);

    const created = await this.db.incident.create({
      data: { mergeKey: key, date: parts.date, country: parts.country, region: parts.region, attacker: parts.attacker },
      select: { id: true },
    });
    this.exists.set(created.id, true);
    return this.remember(key, created.id);
  }

  private remember(key: string, id: number): number {
    this.byKey.set(key, id);
    return id;
  }

  private async incidentExists(id: number): Promise<boolean> {
    let e = this.exists.get(id);
    if (e === undefined) {
      e = (await this.db.incident.count({ where: { id } })) > 0;
      this.exists.set(id, e);
    }
    return e;
  }
}
