/** Messages of the catalog commands and the EC2-Classic DB security group commands. */
export const CM = {
  maxRecords: (value: number, max: number) => `MaxRecords must be from 20 to ${max}; got ${value}.`,
  invalidEngine: (engine: string) => `Invalid DB engine: ${engine}`,
  unsupportedFilter: (name: string) => `Unrecognized filter name: ${name}. This operation supports no filters.`,
  certificateNotFound: (id: string) => `Certificate ${id} not found.`,
  modifyCertificatesCombination: () => "Specify either CertificateIdentifier or RemoveCustomerOverride, but not both.",
  modifyCertificatesNothing: () => "Specify either CertificateIdentifier or RemoveCustomerOverride=true.",
  sourceRegion: (region: string) => `Region ${region} is not a source Region of this Region's partition.`,
  sourceType: (type: string, valid: readonly string[]) => `Invalid source type: ${type}. Valid values are ${valid.join(", ")}.`,
  /** What a VPC-only account hears from CreateDBSecurityGroup: EC2-Classic is retired, every account is VPC-only. */
  classicNoVpc: () => "The vpc none does not exist.",
  securityGroupDefaultName: () => "The DB security group name must not be \"Default\".",
  securityGroupDeleteDefault: () => "You can't delete the default DB security group.",
  /** AWS's answer to changing a VPC account's default DB security group (seen since VPC-only accounts). */
  securityGroupVpcModify: () => "VPC DB Security Groups cannot be modified with this API version.",
  securityGroupNotFound: (name: string) => `DBSecurityGroup ${name} not found.`,
};
