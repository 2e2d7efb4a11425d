/**
 * Zero-ETL integrations with Amazon Redshift (and SageMaker lakehouse): Create/Modify/Delete/
 * DescribeIntegrations. Status runs creating -> active, modifying -> active and deleting -> gone on
 * the clock; data is not replicated (there is no Redshift here).
 */
import type * as Sdk from "@aws-sdk/client-rds";
import { fail } from "../../../core/aws-error.js";
import type { TransitionTable } from "../../../core/lifecycle.js";
import type { Operations } from "../../../core/operations.js";
import type { CallContext } from "../../../core/service.js";
import { checkKmsKey } from "../cluster-snapshots/rules.js";
import { IM } from "../messages/index.js";
import { describeResourcePage, filterPredicate, pageSize, type FilterTable } from "../shared/filters.js";
import { own } from "../shared/identifiers.js";
import { checkTags } from "../shared/tags.js";
import type { IntegrationRecord, RdsWorld } from "../world.js";
import { getIntegration, integrations } from "./resource.js";
import { checkSource, checkTarget } from "./rules.js";
import { shapeIntegration } from "./shape.js";

type Ctx = CallContext<RdsWorld>;

export const integrationTransitions: TransitionTable<RdsWorld> = {
  integration: {
    collection: (w) => w.integrations ?? {},
    statusField: "Status",
    events: {
      create: { during: "creating", then: "active", ms: 20 * 60_000 },
      modify: { during: "modifying", then: "active", ms: 5 * 60_000 },
      delete: { during: "deleting", then: null, ms: 5 * 60_000, onSettle: (i: IntegrationRecord, ctx: Ctx) => integrations.forget(ctx, i.IntegrationId, i) },
    },
  },
};

/** Statuses an integration can be changed or deleted from (not while another change runs). */
const SETTLED = ["active", "failed", "needs_attention"];

const INTEGRATION_FILTERS: FilterTable<IntegrationRecord> = {
  "integration-identifier": (i) => [i.IntegrationId, i.IntegrationArn],
  "integration-name": (i) => [i.IntegrationName],
  "source-arn": (i) => [i.SourceArn],
  "target-arn": (i) => [i.TargetArn],
  status: (i) => [i.Status],
};

function checkSettled(record: IntegrationRecord): void {
  if (!SETTLED.includes(record.Status)) fail("InvalidIntegrationStateFault", IM.state(record.IntegrationName, record.Status, SETTLED.join(", ")));
}

export const integrationOperations: Operations<typeof Sdk, RdsWorld> = {
  CreateIntegration(input, ctx) {
    checkSource(ctx, input.SourceArn!);
    checkTarget(ctx, input.TargetArn!);
    if (input.AdditionalEncryptionContext !== undefined && input.KMSKeyId === undefined) fail("InvalidParameterCombination", IM.contextWithoutKey());
    checkKmsKey(ctx, input.KMSKeyId, "KMSKeyId");
    const tags = checkTags(input.Tags);
    const name = input.IntegrationName!;
    integrations.requireFree(ctx, name.toLowerCase());
    const pair = Object.values(ctx.world.integrations ?? {}).find((i) => i.SourceArn === input.SourceArn && i.TargetArn === input.TargetArn);
    if (pair) fail("IntegrationAlreadyExistsFault", IM.pairTaken(pair.IntegrationName));
    integrations.checkQuota(ctx);
    const id = ctx.ids.uuid();
    const record: IntegrationRecord = {
      IntegrationId: id,
      IntegrationName: name,
      IntegrationArn: integrations.arnOf(ctx, id),
      SourceArn: input.SourceArn!,
      TargetArn: input.TargetArn!,
      // "If you don't specify an encryption key, RDS uses a default Amazon Web Services owned key."
      KMSKeyId: input.KMSKeyId ?? "AWS_OWNED_KEY",
      Status: "creating",
      // The user guides' default data filter replicates every table: "include: *.*".
      DataFilter: input.DataFilter ?? "include: *.*",
      Description: input.Description ?? "",
      CreateTime: ctx.now(),
      TagList: tags,
    };
    if (input.AdditionalEncryptionContext !== undefined) record.AdditionalEncryptionContext = { ...input.AdditionalEncryptionContext };
    ctx.world.integrations ??= {};
    ctx.world.integrationNames ??= {};
    integrations.insert(ctx, id, record);
    integrations.begin(ctx, record, "create");
    return shapeIntegration(record);
  },

  ModifyIntegration(input, ctx) {
    const record = getIntegration(ctx, input.IntegrationIdentifier!);
    if (input.IntegrationName === undefined && input.DataFilter === undefined && input.Description === undefined) fail("InvalidParameterCombination", IM.nothingToModify());
    checkSettled(record);
    const newName = input.IntegrationName;
    if (newName !== undefined) {
      // ModifyIntegration declares no already-exists fault: a name in use by another is a conflicting operation.
      const holder = own(ctx.world.integrationNames ?? {}, newName.toLowerCase());
      if (holder !== undefined && holder !== record.IntegrationId) fail("IntegrationConflictOperationFault", IM.renameTaken(newName));
      const names = ctx.world.integrationNames!;
      delete names[record.IntegrationName.toLowerCase()];
      names[newName.toLowerCase()] = record.IntegrationId;
      record.IntegrationName = newName;
    }
    if (input.Description !== undefined) record.Description = input.Description;
    // A new data filter makes the integration resynchronize: it is `modifying` until that settles.
    if (input.DataFilter !== undefined) {
      record.DataFilter = input.DataFilter;
      integrations.begin(ctx, record, "modify");
    }
    return shapeIntegration(record);
  },

  DeleteIntegration(input, ctx) {
    const record = getIntegration(ctx, input.IntegrationIdentifier!);
    checkSettled(record);
    integrations.begin(ctx, record, "delete");
    return shapeIntegration(record);
  },

  DescribeIntegrations(input, ctx) {
    pageSize(input);
    if (input.IntegrationIdentifier !== undefined) {
      const record = getIntegration(ctx, input.IntegrationIdentifier);
      const keep = filterPredicate(input.Filters, INTEGRATION_FILTERS);
      return { Integrations: keep(record) ? [shapeIntegration(record)] : [] };
    }
    const page = describeResourcePage(integrations, ctx, input, filterPredicate(input.Filters, INTEGRATION_FILTERS));
    return { Integrations: page.items.map(shapeIntegration), Marker: page.Marker };
  },
};
