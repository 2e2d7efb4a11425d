/**
 * The generated constraint tables (`src/services/<service>/constraints.generated.ts`, made by
 * `scripts/generate-constraints.ts`) and the violations a check reports: data only.
 */

/** A shape of the model reduced to what validation needs. Targets name other shapes in the table. */
export type ShapeConstraint =
  | { type: "structure"; members: Record<string, MemberConstraint> }
  | { type: "union"; members: Record<string, MemberConstraint> }
  | { type: "list"; member: string; min?: number; max?: number }
  | { type: "map"; key: string; value: string; min?: number; max?: number }
  | { type: "string"; min?: number; max?: number; pattern?: string; enum?: readonly string[] }
  | { type: "integer" | "long" | "float" | "double"; min?: number; max?: number }
  | { type: "boolean" | "timestamp" | "blob" | "document" };

export interface MemberConstraint {
  target: string;
  required?: true;
  /** The model's default value, when it has one (`deletionProtectionEnabled: true`). */
  default?: unknown;
}

export interface ConstraintTable {
  /** Operation name -> its input shape name (`null` for an operation without input members). */
  operations: Record<string, string | null>;
  shapes: Record<string, ShapeConstraint>;
  /**
   * A required member given as `""` is reported as blank (rule `blank`): the RDS query API answers
   * "The parameter X must be provided and must not be blank." where the model has no length trait.
   */
  requiredNotBlank?: boolean;
}

export type ViolationRule = "required" | "blank" | "length" | "pattern" | "enum" | "range" | "type";

export interface Violation {
  /**
   * Path of the member from the input root: `identifier`, `multiRegionProperties.witnessRegion`,
   * `Tags[0].Key` (list items 0-based in brackets). Map key and value violations use the map's own
   * path, with the constraint prefixed `Map keys must satisfy constraint: [...]` /
   * `Map value must satisfy constraint: [...]`. A non-object input reports the empty path.
   */
  path: string;
  rule: ViolationRule;
  /** The value that failed (undefined for `required`). */
  value: unknown;
  /** Constraint text in AWS's words: `Member must have length less than or equal to 63`. */
  constraint: string;
}
