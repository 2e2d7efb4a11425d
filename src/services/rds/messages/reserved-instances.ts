/** Messages of reserved DB instances. */
export const RM = {
  reservationNotFound: (id: string) => `Reserved DB instance ${id} not found.`,
  reservationExists: (id: string) => `A reserved DB instance with identifier ${id} already exists.`,
  offeringNotFound: (id: string) => `Reserved DB instances offering ${id} not found (ReservedDBInstancesOfferingId).`,
  reservationQuota: (limit: number, used: number, asked: number) =>
    `Purchasing ${asked} reserved DB instance(s) would exceed the quota of ${limit} reserved DB instances per month (${used} purchased this month).`,
  instanceCount: (count: number) => `DBInstanceCount must be at least 1; got ${count}.`,
  duration: (value: string) => `Duration ${value} is not valid; valid values are 1, 3, 31536000 and 94608000 (years or seconds).`,
  offeringType: (value: string) => `OfferingType ${value} is not valid; valid values are "Partial Upfront", "All Upfront" and "No Upfront".`,
} as const;
