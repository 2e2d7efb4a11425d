/**
 * Condition operators (IAM User Guide, "IAM JSON policy elements: Condition operators" and
 * "Multivalued context key examples"), as a table: operator, condition key and policy values, the
 * request's value (absent: undefined), and whether the condition holds.
 */
import { describe, expect, it } from "vitest";
import { conditionHolds } from "../../../src/core/iam/conditions.js";

type Value = string | string[] | undefined;
const cases: Array<[operator: string, policyValues: string[], request: Value, holds: boolean]> = [
  // String
  ["StringEquals", ["prod"], "prod", true],
  ["StringEquals", ["prod"], "Prod", false],
  ["StringEquals", ["prod", "test"], "test", true],
  ["StringEquals", ["prod"], undefined, false],
  ["StringNotEquals", ["prod"], "dev", true],
  ["StringNotEquals", ["prod", "dev"], "dev", false],
  ["StringNotEquals", ["prod"], undefined, true],
  ["StringEqualsIgnoreCase", ["PROD"], "prod", true],
  ["StringNotEqualsIgnoreCase", ["PROD"], "prod", false],
  ["StringLike", ["prod-*"], "prod-eu", true],
  ["StringLike", ["prod-?"], "prod-eu", false],
  ["StringNotLike", ["prod-*"], "dev-eu", true],
  ["StringNotLike", ["prod-*"], "prod-eu", false],
  ["StringEqualsIfExists", ["prod"], undefined, true],
  ["StringEqualsIfExists", ["prod"], "dev", false],
  // Numeric
  ["NumericEquals", ["10"], "10", true],
  ["NumericEquals", ["10"], "10.0", true],
  ["NumericNotEquals", ["10"], "11", true],
  ["NumericLessThan", ["10"], "9", true],
  ["NumericLessThan", ["10"], "10", false],
  ["NumericLessThanEquals", ["10"], "10", true],
  ["NumericGreaterThan", ["10"], "11", true],
  ["NumericGreaterThanEquals", ["10"], "9", false],
  ["NumericLessThan", ["10"], "ten", false],
  ["NumericLessThanIfExists", ["10"], undefined, true],
  // Date (ISO 8601 or epoch seconds)
  ["DateLessThan", ["2026-01-01T00:00:00Z"], "2025-06-01T12:00:00Z", true],
  ["DateLessThan", ["2026-01-01T00:00:00Z"], "2026-06-01T12:00:00Z", false],
  ["DateGreaterThan", ["2026-01-01T00:00:00Z"], "2026-06-01T12:00:00Z", true],
  ["DateEquals", ["1767225600"], "2026-01-01T00:00:00Z", true],
  ["DateNotEquals", ["2026-01-01T00:00:00Z"], "2026-01-01T00:00:01Z", true],
  ["DateLessThanEquals", ["2026-01-01T00:00:00Z"], "2026-01-01T00:00:00Z", true],
  ["DateGreaterThanEquals", ["2026-01-01T00:00:00Z"], "2025-12-31T23:59:59Z", false],
  // Bool, Binary
  ["Bool", ["true"], "true", true],
  ["Bool", ["true"], "false", false],
  ["Bool", ["false"], undefined, false],
  ["BoolIfExists", ["false"], undefined, true],
  ["BinaryEquals", ["QmluYXJ5VmFsdWVJbkJhc2U2NA=="], "QmluYXJ5VmFsdWVJbkJhc2U2NA==", true],
  ["BinaryEquals", ["QmluYXJ5VmFsdWVJbkJhc2U2NA=="], "b3RoZXI=", false],
  // IP addresses (IPv4 and IPv6 CIDR)
  ["IpAddress", ["203.0.113.0/24"], "203.0.113.7", true],
  ["IpAddress", ["203.0.113.0/24"], "203.0.114.7", false],
  ["IpAddress", ["203.0.113.7"], "203.0.113.7", true],
  ["NotIpAddress", ["203.0.113.0/24"], "198.51.100.1", true],
  ["NotIpAddress", ["203.0.113.0/24"], "203.0.113.1", false],
  ["IpAddress", ["2001:DB8:1234:5678::/64"], "2001:db8:1234:5678::1", true],
  ["IpAddress", ["2001:DB8:1234:5678::/64"], "2001:db8:1234:5679::1", false],
  ["IpAddressIfExists", ["203.0.113.0/24"], undefined, true],
  // ARN (part by part, wildcards allowed in each part)
  ["ArnEquals", ["arn:aws:sns:us-east-1:123456789012:topic"], "arn:aws:sns:us-east-1:123456789012:topic", true],
  ["ArnLike", ["arn:aws:iam::*:role/Admin*"], "arn:aws:iam::123456789012:role/AdminOps", true],
  ["ArnLike", ["arn:aws:iam::*:role/Admin*"], "arn:aws:iam::123456789012:user/AdminOps", false],
  ["ArnLike", ["arn:aws:*:us-*:*:*"], "arn:aws:dsql:us-east-1:123456789012:cluster/abc", true],
  ["ArnNotLike", ["arn:aws:iam::*:role/Admin*"], "arn:aws:iam::123456789012:role/Dev", true],
  ["ArnNotEquals", ["arn:aws:iam::123456789012:role/Admin"], "arn:aws:iam::123456789012:role/Admin", false],
  ["ArnLike", ["arn:aws:iam::*:role/*"], "not-an-arn", false],
  ["ArnNotLikeIfExists", ["arn:aws:iam::*:role/*"], undefined, true],
  // Null: "true" = the key is absent
  ["Null", ["true"], undefined, true],
  ["Null", ["true"], "x", false],
  ["Null", ["false"], "x", true],
  ["Null", ["false"], [], false],
  // Set operators on a multivalued key (aws:TagKeys)
  ["ForAllValues:StringEquals", ["Dept", "CostCenter"], ["Dept"], true],
  ["ForAllValues:StringEquals", ["Dept", "CostCenter"], ["Dept", "Owner"], false],
  ["ForAllValues:StringEquals", ["Dept"], undefined, true],
  ["ForAllValues:StringEquals", ["Dept"], [], true],
  ["ForAllValues:StringLike", ["Created*"], ["CreatedBy", "CreatedAt"], true],
  ["ForAnyValue:StringEquals", ["Dept", "CostCenter"], ["Owner", "Dept"], true],
  ["ForAnyValue:StringEquals", ["Dept", "CostCenter"], ["Owner"], false],
  ["ForAnyValue:StringEquals", ["Dept"], undefined, false],
  ["ForAnyValue:StringNotEquals", ["Dept"], ["Dept", "Owner"], true],
  ["ForAllValues:StringNotEquals", ["Dept"], ["Owner", "Project"], true],
  ["ForAllValues:StringNotEquals", ["Dept"], ["Owner", "Dept"], false],
  ["ForAnyValue:StringLikeIfExists", ["Dept*"], undefined, true],
  // No set operator on a multivalued key: a positive operator needs one match, a Not operator none.
  ["StringEquals", ["Dept"], ["Owner", "Dept"], true],
  ["StringNotEquals", ["Dept"], ["Owner", "Dept"], false],
];

describe("condition operators", () => {
  it.each(cases)("%s %j against %j -> %s", (operator, values, request, holds) => {
    const context = new Map<string, string | string[]>(request === undefined ? [] : [["aws:tagkeys", request]]);
    expect(conditionHolds({ operator, key: "aws:tagkeys", values }, context, true)).toBe(holds);
  });

  it("condition keys are case-insensitive, policy variables work in condition values", () => {
    const context = new Map([["aws:username", "carlos"], ["aws:resourcetag/owner", "carlos"]]);
    expect(conditionHolds({ operator: "StringEquals", key: "aws:resourcetag/owner", values: ["${aws:username}"] }, context, true)).toBe(true);
    expect(conditionHolds({ operator: "StringLike", key: "aws:resourcetag/owner", values: ["${aws:username}*"] }, context, true)).toBe(true);
    // Version 2008-10-17: no variables, the text is compared as written.
    expect(conditionHolds({ operator: "StringEquals", key: "aws:resourcetag/owner", values: ["${aws:username}"] }, context, false)).toBe(false);
  });
});
