/** Messages of maintenance actions, log files and recommendations. */
export const MNT = {
  resourceNotFound: (arn: string) => `The specified resource ${arn} is not found (ResourceIdentifier).`,
  unknownAction: (action: string, valid: readonly string[]) => `Invalid ApplyAction: ${action}. Valid values: ${valid.join(", ")}.`,
  notPending: (action: string, arn: string) => `The action ${action} is not pending for resource ${arn} (ApplyAction).`,
  optInType: (value: string) => `Invalid OptInType: ${value}. Valid values: immediate, next-maintenance, undo-opt-in.`,
  noWindow: (arn: string) => `Resource ${arn} has no maintenance window to apply the action at (OptInType next-maintenance).`,
  logFileNotFound: (name: string) => `DBLog File: ${name}, is not found on the DB instance`,
  downloadMarker: (marker: string) => `The parameter Marker is not a marker returned by DownloadDBLogFilePortion: ${marker}.`,
  numberOfLines: (value: number) => `NumberOfLines must be from 1 to 10000; got ${value}.`,
  recommendationNotFound: (id: string) => `The recommendation ${id} is not found (RecommendationId).`,
  recommendationStatus: (value: string) => `Invalid Status: ${value}. Valid values: active, dismissed.`,
  recommendationAction: (id: string) => `The recommended action ${id} is not an action of this recommendation (RecommendedActionUpdates).`,
  recommendationActionStatus: (value: string) => `Invalid recommended action Status: ${value}. Valid values: applied, scheduled.`,
  locale: (value: string, valid: readonly string[]) => `Invalid Locale: ${value}. Valid values: ${valid.join(", ")}.`,
} as const;
