/**
 * One engine that checks an operation's input against its generated constraint table
 * (`src/services/<service>/constraints.generated.ts`, made by `scripts/generate-constraints.ts`).
 * It reports violations as data; `validation-errors.ts` turns them into each service's error.
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
}

export type ViolationRule = "required" | "length" | "pattern" | "enum" | "range" | "type";

export interface Violation {
  /** Path of the member, dotted from the input root: `multiRegionProperties.witnessRegion`, `Tags.member.1.Key`. */
  path: string;
  rule: ViolationRule;
  /** The value that failed (undefined for `required`). */
  value: unknown;
  /** Constraint text in AWS's words: `Member must have length less than or equal to 63`. */
  constraint: string;
}

export function validateInput(table: ConstraintTable, operation: string, input: unknown): Violation[] {
  throw new Error(`validateInput(${operation}) is not written yet: ${typeof table} ${typeof input}`);
}
