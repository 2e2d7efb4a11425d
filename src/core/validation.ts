/**
 * Checks an operation's input against its generated constraint table and reports the violations as
 * data; each protocol turns them into its own error (`core/protocols`). Two steps: the table is
 * compiled once into checks (validation/compile.ts), then each call walks them with its own state
 * (validation/check.ts).
 */
import { InputWalk } from "./validation/check.js";
import { compiledTable, type Check, type CompiledTable } from "./validation/compile.js";
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
  let compiled: CompiledTable<InputWalk>;
  let root: Check | null;
  try {
    compiled = compiledTable(table) as CompiledTable<InputWalk>;
    root = compiled.root(operation);
  } catch {
    return NO_VIOLATIONS;
  }
  if (root === null) return NO_VIOLATIONS;
  // The table's idle walk when there is one; a call made while it is in use (a getter in the input
  // that validates again) walks with its own.
  const walk = compiled.idleWalk ?? new InputWalk();
  compiled.idleWalk = undefined;
  try {
    walk.check(root, input === undefined || input === null ? EMPTY_INPUT : input, 0);
  } catch {
    /* never expected: the walk reports what it cannot read */
  }
  const violations = walk.finish();
  compiled.idleWalk = walk;
  return violations ?? NO_VIOLATIONS;
}
