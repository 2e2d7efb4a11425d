/**
 * Real values seen in the seeded backend (the seeding calls' inputs and outputs): identifiers, ARNs,
 * engine names, statuses, sizes. Generated inputs draw a member's value from here with some
 * probability, so calls refer to resources that exist (and use values the service's prose rules
 * accept) as often as to ones that do not. Lookups go by member name, so no command is hand-listed.
 */
const MAX_PER_NAME = 12;

export type Scalar = string | number | boolean;

export class Dictionary {
  private byName = new Map<string, Scalar[]>();
  private arnPool: string[] = [];

  /** Records every scalar member of `value` (recursively) under its member name. */
  harvest(value: unknown, name = "", depth = 0): void {
    if (depth > 12 || value === null || value === undefined) return;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      if (name) this.add(name, value);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) this.harvest(item, name, depth + 1);
      return;
    }
    if (typeof value === "object" && !(value instanceof Date) && !(value instanceof Uint8Array)) {
      for (const [k, v] of Object.entries(value)) if (k !== "$metadata") this.harvest(v, k, depth + 1);
    }
  }

  add(name: string, value: Scalar): void {
    const key = name.toLowerCase();
    const list = this.byName.get(key) ?? [];
    if (!list.includes(value) && list.length < MAX_PER_NAME) list.push(value);
    this.byName.set(key, list);
    if (typeof value === "string" && value.startsWith("arn:") && !this.arnPool.includes(value) && this.arnPool.length < 40) {
      this.arnPool.push(value);
    }
  }

  /**
   * Values for a member: those recorded under the same name, else under a name it ends with
   * (`SourceDBClusterSnapshotIdentifier` -> `DBClusterSnapshotIdentifier`), plus every ARN seen for
   * members that take an ARN (`resourceArn`, `ResourceName`, `SourceArn`).
   */
  lookup(memberName: string | undefined): Scalar[] {
    if (!memberName) return [];
    const name = memberName.toLowerCase();
    const out: Scalar[] = [...(this.byName.get(name) ?? [])];
    if (out.length === 0) {
      let best = "";
      for (const key of this.byName.keys()) {
        if (key.length >= 6 && key.length > best.length && (name.endsWith(key) || key.endsWith(name))) best = key;
      }
      if (best) out.push(...(this.byName.get(best) ?? []));
    }
    if (/arn$|resourcename$|arns$/.test(name)) {
      for (const a of this.arnPool) if (!out.includes(a)) out.push(a);
    }
    return out;
  }

  get size(): number {
    return this.byName.size;
  }
}
