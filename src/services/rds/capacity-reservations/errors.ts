/**
 * The errors each capacity reservation command declares. These operations are not in the Smithy JSON
 * model or botocore, and the SDK's runtime schemas carry no operation errors, so the generated
 * `operationErrors` lists none: these are the `@throws` of the SDK's command declarations
 * (dist-types/commands/*DBCapacityReservation*Command.d.ts), merged in by index.ts.
 */
export const capacityReservationErrors: Record<string, readonly string[]> = {
  CreateDBCapacityReservation: ["DBCapacityReservationAlreadyExistsFault", "DBCapacityReservationUnsupportedFault", "InstanceQuotaExceededFault", "InsufficientDBInstanceCapacityFault"],
  ModifyDBCapacityReservation: ["DBCapacityReservationNotFoundFault", "InstanceQuotaExceededFault", "InsufficientDBInstanceCapacityFault", "InvalidDBCapacityReservationStateFault"],
  CancelDBCapacityReservation: ["DBCapacityReservationNotFoundFault", "InvalidDBCapacityReservationStateFault"],
  DescribeDBCapacityReservations: ["DBCapacityReservationNotFoundFault"],
};
