/**
 * RDS defects listed in issue 11 (section 1) that are not fixed yet: the calls that would run into one
 * are not sent, so the bounded run keeps looking for new defects instead of finding these again. One
 * narrow pattern per defect; delete an entry as soon as its fix lands (the fuzzer then covers it).
 * `STATEFUL_KNOWN=send` sends them all anyway (to see the fuzzer find them); `STATEFUL_KNOWN=<words>`
 * sends those whose name contains the words.
 */
import type { ModelWorld } from "./types.js";

type Call = { command: string; input: Record<string, any> };
type Rule = (model: ModelWorld, call: Call) => string | undefined;

const isLive = (model: ModelWorld, key: string) => {
  const r = model.get(key);
  return r !== undefined && r.target !== "gone";
};
const streamBusy = (model: ModelWorld, cluster: string) => {
  const s = model.get(`stream/${cluster}`);
  return s !== undefined && !s.settled;
};
const deletingMember = (model: ModelWorld, cluster: string) =>
  [...model].some(([k, r]) => k.startsWith("instance/") && r.attrs.cluster === cluster && r.target === "gone" && !r.settled);

export const KNOWN_RDS_DEFECTS: Record<string, Rule> = {
  // Bullet 1: a pending rename applies over a cluster that took the name meanwhile.
  "pending rename not re-checked": (model, { command, input }) => {
    if (command !== "ModifyDBClusterCommand" || !input.ApplyImmediately || input.NewDBClusterIdentifier !== undefined) return undefined;
    const pending = model.get(`cluster/${input.DBClusterIdentifier}`)?.attrs.pending;
    return pending !== undefined && isLive(model, `cluster/${pending}`) ? `would apply the pending rename to ${pending}, which exists` : undefined;
  },
  // Bullet 2: a Multi-AZ DB cluster's generated members replace existing instances.
  "Multi-AZ member takes over an instance": (model, { command, input }) => {
    if (command !== "CreateDBClusterCommand" || input.Engine !== "mysql") return undefined;
    const taken = [1, 2, 3].map((k) => `${input.DBClusterIdentifier}-instance-${k}`).find((m) => model.has(`instance/${m}`));
    return taken ? `its member ${taken} exists` : undefined;
  },
  // Bullet 3: renaming back to the current name leaves the pending rename in place.
  "renaming back keeps the pending rename": (model, { command, input }) => {
    if (command !== "ModifyDBClusterCommand" || input.NewDBClusterIdentifier !== input.DBClusterIdentifier) return undefined;
    return model.get(`cluster/${input.DBClusterIdentifier}`)?.attrs.pending !== undefined ? "a rename is pending" : undefined;
  },
  // Bullet 4 (timed): an activity stream's transition is keyed by the cluster's name.
  "transitions keyed by name": (model, { command, input }) => {
    const id = input.DBClusterIdentifier;
    if (command === "DeleteDBClusterCommand" && streamBusy(model, id)) return "its activity stream is starting or stopping";
    if (command !== "ModifyDBClusterCommand" || !input.ApplyImmediately || !streamBusy(model, id)) return undefined;
    const renames = (input.NewDBClusterIdentifier ?? model.get(`cluster/${id}`)?.attrs.pending) !== undefined && input.NewDBClusterIdentifier !== id;
    return renames ? "would rename it while its activity stream is starting or stopping" : undefined;
  },
  // Bullet 5 (timed): a deleting instance can become the writer (deleting the writer, or a failover).
  "deleting instance becomes writer": (model, { command, input }) => {
    const cluster = command === "DeleteDBInstanceCommand" ? model.get(`instance/${input.DBInstanceIdentifier}`)?.attrs.cluster : command === "FailoverDBClusterCommand" ? input.DBClusterIdentifier : undefined;
    return cluster !== undefined && deletingMember(model, cluster) ? `another member of ${cluster} is being deleted` : undefined;
  },
};

/**
 * Bullet 6: LatestRestorableTime goes back while a cluster is `stopping` or `deleting`. Not a call to
 * leave out: the reads leave out that one time for a cluster in one of those statuses.
 */
export function restorableTimeUnreliable(status: string): boolean {
  return !sendAnyway("restorable time goes back") && (status === "stopping" || status === "deleting");
}

/** Whether the calls of a known defect are sent anyway (STATEFUL_KNOWN). */
function sendAnyway(name: string): boolean {
  const wanted = process.env.STATEFUL_KNOWN;
  return wanted === "send" || (wanted !== undefined && wanted !== "" && name.includes(wanted));
}

export function knownRdsDefect(model: ModelWorld, call: Call): string | undefined {
  for (const [name, rule] of Object.entries(KNOWN_RDS_DEFECTS)) {
    if (sendAnyway(name)) continue;
    const why = rule(model, call);
    if (why) return `issue 11, ${name}: ${why}`;
  }
  return undefined;
}
