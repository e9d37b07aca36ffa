/** Who is looking at which segment: kept in memory, entries expire when a browser stops reporting. */

export interface Presence {
  userId: string;
  name: string;
  segmentId: number | null;
  seenAt: number;
}

const TTL_MS = 15_000;

export class PresenceBoard {
  private readonly docs = new Map<number, Map<string, Presence>>();

  report(documentId: number, entry: Omit<Presence, 'seenAt'>, now: number): void {
    let doc = this.docs.get(documentId);
    if (!doc) this.docs.set(documentId, (doc = new Map()));
    doc.set(entry.userId, { ...entry, seenAt: now });
  }

  leave(documentId: number, userId: string): void {
    this.docs.get(documentId)?.delete(userId);
  }

  list(documentId: number, now: number): Presence[] {
    const doc = this.docs.get(documentId);
    if (!doc) return [];
    for (const [id, p] of doc) if (now - p.seenAt > TTL_MS) doc.delete(id);
    return [...doc.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
