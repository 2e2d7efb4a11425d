/**
 * DescribeEventCategories: the categories of each event source type, as the tables of the RDS User
 * Guide ("Amazon RDS event categories and event messages") list them.
 */
import type * as Sdk from "@aws-sdk/client-rds";
import type { Operations } from "../../../core/operations.js";
import { fail } from "../../../core/aws-error.js";
import type { RdsWorld } from "../world.js";
import { noFilters } from "./describe.js";
import { CM } from "../messages/index.js";

export const EVENT_CATEGORIES: Record<string, readonly string[]> = {
  "db-cluster": ["configuration change", "creation", "deletion", "failover", "failure", "global-failover", "maintenance", "migration", "notification", "serverless"],
  "db-cluster-snapshot": ["backup", "notification"],
  "db-instance": [
    "availability", "backup", "configuration change", "creation", "deletion", "failover", "failure", "low storage", "maintenance",
    "notification", "read replica", "recovery", "restoration", "security", "security patching",
  ],
  "db-parameter-group": ["configuration change"],
  "db-proxy": ["configuration change", "creation", "deletion"],
  "db-security-group": ["configuration change", "failure"],
  "db-snapshot": ["creation", "deletion", "notification", "restoration"],
};
const SOURCE_TYPES = Object.keys(EVENT_CATEGORIES);

export const eventCategoryOperations: Operations<typeof Sdk, RdsWorld> = {
  DescribeEventCategories(input) {
    noFilters(input.Filters);
    const type = input.SourceType;
    if (type !== undefined && !Object.hasOwn(EVENT_CATEGORIES, type)) fail("InvalidParameterValue", CM.sourceType(type, SOURCE_TYPES));
    const types = type === undefined ? SOURCE_TYPES : [type];
    return { EventCategoriesMapList: types.map((SourceType) => ({ SourceType, EventCategories: [...EVENT_CATEGORIES[SourceType]] })) };
  },
};
