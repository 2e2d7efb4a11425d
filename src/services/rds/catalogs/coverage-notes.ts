/** Notes docs/coverage.md prints under the RDS table (scripts/coverage-report.ts): how a simulated command answers when that is not obvious. */
const EC2_CLASSIC =
  "EC2-Classic was retired on August 15, 2022, so the mock answers as AWS answers a VPC-only account today: " +
  "CreateDBSecurityGroup is refused (`InvalidParameterValue`: \"The vpc none does not exist.\"); DescribeDBSecurityGroups lists " +
  "the account's `default` DB security group only; it cannot be deleted (`InvalidDBSecurityGroupState`) and its ingress cannot be " +
  "changed (`InvalidParameterValue`); any other group is `DBSecurityGroupNotFound`.";

export const rdsCoverageNotes: Record<string, string> = {
  AuthorizeDBSecurityGroupIngress: EC2_CLASSIC,
  CreateDBSecurityGroup: EC2_CLASSIC,
  DeleteDBSecurityGroup: EC2_CLASSIC,
  DescribeDBSecurityGroups: EC2_CLASSIC,
  RevokeDBSecurityGroupIngress: EC2_CLASSIC,
};
