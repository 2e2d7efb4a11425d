/** Every operation of the cluster issue, by name: clusters, instances, groups and tags. */
import type { OperationHandler } from "../../core/service.js";
import { clusterActionOperations } from "./cluster-actions.js";
import { clusterModifyOperations } from "./cluster-modify.js";
import { clusterLifecycleOperations } from "./clusters.js";
import { instanceOperations } from "./instances.js";
import { parameterGroupOperations } from "./parameter-groups.js";
import { subnetGroupOperations } from "./subnet-groups.js";
import { tagOperations } from "./tags.js";
import type { RdsWorld } from "./world.js";

export const clusterOperations: Record<string, OperationHandler<RdsWorld>> = {
  ...clusterLifecycleOperations,
  ...clusterModifyOperations,
  ...clusterActionOperations,
  ...instanceOperations,
  ...subnetGroupOperations,
  ...parameterGroupOperations,
  ...tagOperations,
};
