/**
 * DescribeDBRecommendations and ModifyDBRecommendation over the recommendations derived from state
 * (derive.ts). Neither operation declares an error in the model: a bad value answers the protocol's
 * InvalidParameterValue, an unknown RecommendationId too. Texts are English whatever the Locale (the
 * mock has no translations); a Locale outside the documented list is refused.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { Operations } from "../../../core/operations.js";
import { paginate } from "../../../core/paging.js";
import { MNT } from "../messages/index.js";
import { filterPredicate, invalidMarker, pageSize, type FilterTable } from "../shared/filters.js";
import type { RdsWorld } from "../world.js";
import { deriveAll, shapeRecommendation, type Derived } from "./derive.js";

/** DescribeDBRecommendations' Locale values (API reference). */
const LOCALES = ["en", "en_UK", "de", "es", "fr", "id", "it", "ja", "ko", "pt_BR", "zh_TW", "zh_CN"];

function checkLocale(locale: string | undefined): void {
  if (locale !== undefined && !LOCALES.includes(locale)) fail("InvalidParameterValue", MNT.locale(locale, LOCALES));
}

/** The filters the API reference lists for DescribeDBRecommendations. */
const FILTERS: FilterTable<Derived> = {
  "recommendation-id": (d) => [d.id],
  status: (d) => [d.status],
  severity: (d) => [d.severity],
  "type-id": (d) => [d.rule.typeId],
  "dbi-resource-id": (d) => (d.subject.kind === "instance" ? [d.resourceId] : []),
  "cluster-resource-id": (d) => (d.subject.kind === "cluster" ? [d.resourceId] : []),
  "pg-arn": (d) => [d.pgArn],
  "cluster-pg-arn": (d) => [d.clusterPgArn],
};

export const recommendationOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeDBRecommendations(input, ctx) {
    checkLocale(input.Locale);
    const size = pageSize(input);
    const keep = filterPredicate(input.Filters, FILTERS);
    const after = input.LastUpdatedAfter?.getTime();
    const before = input.LastUpdatedBefore?.getTime();
    const list = deriveAll(ctx).filter((d) => keep(d) && (after === undefined || d.updated > after) && (before === undefined || d.updated < before));
    const page = paginate(list.map((d) => [d.id, d] as [string, Derived]), size, input.Marker, invalidMarker);
    return { DBRecommendations: page.items.map((d) => shapeRecommendation(d, ctx)), Marker: page.next };
  },

  /**
   * Status `dismissed` / `active` dismisses or restores it; RecommendedActionUpdates record an action as
   * `applied` or `scheduled` (the recommendation is then `pending`). The mock does not run the action:
   * the recommendation resolves when the resource's state no longer matches its rule.
   */
  ModifyDBRecommendation(input, ctx) {
    checkLocale(input.Locale);
    const status = input.Status;
    if (status !== undefined && status !== "active" && status !== "dismissed") fail("InvalidParameterValue", MNT.recommendationStatus(status));
    const id = input.RecommendationId!;
    const found = deriveAll(ctx).find((d) => d.id === id) ?? fail("InvalidParameterValue", MNT.recommendationNotFound(id));
    const actionIds = shapeRecommendation(found, ctx).RecommendedActions!.map((a) => a.ActionId!);
    const updates = input.RecommendedActionUpdates ?? [];
    for (const u of updates) {
      if (!actionIds.includes(u.ActionId!)) fail("InvalidParameterValue", MNT.recommendationAction(u.ActionId!));
      if (u.Status !== "applied" && u.Status !== "scheduled") fail("InvalidParameterValue", MNT.recommendationActionStatus(u.Status!));
    }
    // Every check has passed: from here on, state changes.
    const all = (ctx.world.recommendations ??= {});
    const state = (all[id] ??= { UpdatedTime: ctx.now() });
    state.UpdatedTime = ctx.now();
    if (status === "dismissed") state.Status = "dismissed";
    if (status === "active") delete state.Status;
    for (const u of updates) (state.Actions ??= {})[u.ActionId!] = u.Status as "applied" | "scheduled";
    const after = deriveAll(ctx).find((d) => d.id === id)!;
    return { DBRecommendation: shapeRecommendation(after, ctx) };
  },
};
