/**
 * Checks an operation's input against its generated constraint table and reports the violations as
 * data; each protocol turns them into its own error (`core/protocols`). Two steps: the table is
 * compiled once into checks (validation/compile.ts), then each call walks them with its own state
 * (validation/check.ts).
 */
import { InputWalk } from "./validation/check.js";
import { inputCheck, type Check } from "./validation/compile.js";
import type { ConstraintTable, Violation } from "./validation/constraint-table.js";

export type { ConstraintTable, MemberConstraint, ShapeConstraint, Violation, ViolationRule } from "./validation/constraint-table.js";
export { compilePattern, linearPattern } from "./validation/patterns.js";

const NO_VIOLATIONS: Violation[] = Object.freeze([]) as unknown as Violation[];
const EMPTY_INPUT: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/**
 * Checks `input` for `operation` against `table` and returns every violation, in member order.
 * Returns a shared frozen empty array when the input is valid (or the operation is unknown).
 * Never throws.
 */
export function validateInput(table: ConstraintTable, operation: string, input: unknown): Violation[] {
  let root: Check | null;
  try {
    root = inputCheck(table, operation);
  } catch {
    return NO_VIOLATIONS;
  }
  if (root === null) return NO_VIOLATIONS;
  const walk = new InputWalk();
  try {
    walk.check(root, input === undefined || input === null ? EMPTY_INPUT : input, 0);
  } catch {
    /* never expected: the walk reports what it cannot read */
  }
  return walk.violations ?? NO_VIOLATIONS;
}
