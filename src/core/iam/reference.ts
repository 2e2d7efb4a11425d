/**
 * The shape of a service's slice of AWS's Service Authorization Reference, as generated into
 * `src/services/<service>/iam.generated.ts` by scripts/generate-iam.ts.
 */

export interface ReferenceAction {
  access: string;
  /** Resource type name -> whether the action requires it (`false`: optional, "*" allowed). */
  resourceTypes: Record<string, boolean>;
  /** Condition keys the action supports (its own and its resource types'). */
  conditionKeys: readonly string[];
  dependentActions: readonly string[];
}

export interface ServiceAuthorizationReference {
  /** IAM service prefix (`dsql`, `rds`, `docdb-elastic`). */
  prefix: string;
  /** Action name (without prefix) -> facts. */
  actions: Record<string, ReferenceAction>;
  /** Resource type -> ARN format (`arn:${Partition}:dsql:${Region}:${Account}:cluster/${Identifier}`). */
  resourceTypes: Record<string, { arn: string; conditionKeys: readonly string[] }>;
  /** Condition key -> type (`String`, `ArrayOfString`, `Bool`, ...). */
  conditionKeys: Record<string, string>;
  /** Actions of other services the service's commands need, by full name (`iam:PassRole`). */
  related: Record<string, ReferenceAction>;
}
