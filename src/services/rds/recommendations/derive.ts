/**
 * The recommendations of this account and Region at a moment: every rule (rules.ts) over every DB
 * instance and cluster, plus what callers did (world.recommendations, by RecommendationId). The id is
 * stable per resource id and rule, so a deleted and re-created namesake gets fresh recommendations.
 * Status (DBRecommendation): `dismissed` when dismissed, `pending` once an action is applied or
 * scheduled, `active` otherwise; when the rule stops holding, one a caller acted on is `resolved`,
 * any other is gone.
 */
import type { DBRecommendation } from "@aws-sdk/client-rds";
import type { CallContext } from "../../../core/service.js";
import { stableText } from "../shared/identifiers.js";
import type { RdsWorld } from "../world.js";
import { RULES, type RecommendationRule, type Subject } from "./rules.js";

/** A recommendation with the attributes its filters read, timestamps as epoch ms. */
export interface Derived {
  id: string;
  rule: RecommendationRule;
  subject: Subject;
  resourceId: string;
  status: string;
  severity: string;
  created: number;
  updated: number;
  pgArn?: string;
  clusterPgArn?: string;
}

const arnOf = (ctx: CallContext<RdsWorld>, type: string, name: string) => `arn:aws:rds:${ctx.region}:${ctx.accountId}:${type}:${name}`;

/** A UUID-shaped id, the same for the same resource and rule. */
export function recommendationId(resourceId: string, typeId: string): string {
  const h = stableText(`${resourceId}/${typeId}`, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function subjects(ctx: CallContext<RdsWorld>): Subject[] {
  const out: Subject[] = [];
  for (const k in ctx.world.instances) out.push({ kind: "instance", record: ctx.world.instances[k] });
  for (const k in ctx.world.clusters) out.push({ kind: "cluster", record: ctx.world.clusters[k] });
  return out;
}

export function deriveAll(ctx: CallContext<RdsWorld>): Derived[] {
  const out: Derived[] = [];
  for (const subject of subjects(ctx)) {
    if (subject.kind === "instance" ? subject.record.DBInstanceStatus === "deleting" : subject.record.Status === "deleting") continue;
    const resourceId = subject.kind === "instance" ? subject.record.DbiResourceId! : subject.record.DbClusterResourceId!;
    const created = subject.kind === "instance" ? (subject.record.InstanceCreateTime ?? 0) : (subject.record.ClusterCreateTime ?? 0);
    for (const rule of RULES) {
      if (rule.on !== subject.kind) continue;
      const id = recommendationId(resourceId, rule.typeId);
      const state = ctx.world.recommendations?.[id];
      const holds = rule.holds(subject, ctx);
      if (!holds && !state) continue;
      const acted = Object.keys(state?.Actions ?? {}).length > 0;
      const status = !holds ? "resolved" : state?.Status === "dismissed" ? "dismissed" : acted ? "pending" : "active";
      const d: Derived = {
        id, rule, subject, resourceId, status,
        severity: typeof rule.severity === "function" ? rule.severity(subject, ctx) : rule.severity,
        created,
        updated: state?.UpdatedTime ?? created,
      };
      const pg = subject.kind === "instance" ? subject.record.DBParameterGroups?.[0]?.DBParameterGroupName : undefined;
      if (pg) d.pgArn = arnOf(ctx, "pg", pg);
      const clusterPg = subject.kind === "cluster" ? subject.record.DBClusterParameterGroup : undefined;
      if (clusterPg) d.clusterPgArn = arnOf(ctx, "cluster-pg", clusterPg);
      out.push(d);
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The SDK's DBRecommendation of a derived one. */
export function shapeRecommendation(d: Derived, ctx: CallContext<RdsWorld>): DBRecommendation {
  const { rule, subject } = d;
  const actions = ctx.world.recommendations?.[d.id]?.Actions ?? {};
  const actionId = `${d.id}-${rule.action.suffix}`;
  const arn = subject.kind === "instance" ? subject.record.DBInstanceArn! : subject.record.DBClusterArn!;
  return {
    RecommendationId: d.id,
    TypeId: rule.typeId,
    Severity: d.severity,
    ResourceArn: arn,
    Status: d.status,
    CreatedTime: new Date(d.created),
    UpdatedTime: new Date(d.updated),
    Detection: rule.detection,
    Recommendation: rule.recommendation,
    Description: rule.description,
    Reason: rule.reason,
    RecommendedActions: [
      {
        ActionId: actionId,
        Title: rule.action.title,
        Description: rule.recommendation,
        Operation: rule.action.operation,
        Parameters: rule.action.parameters(subject),
        ApplyModes: [...rule.action.applyModes],
        Status: d.status === "resolved" ? "resolved" : (actions[actionId] ?? "ready"),
      },
    ],
    Category: rule.category,
    Source: "RDS",
    TypeDetection: rule.detection,
    TypeRecommendation: rule.recommendation,
    Impact: rule.impact,
  };
}
