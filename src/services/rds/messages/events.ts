/** Messages of events and event subscriptions. */
export const EM = {
  sourceIdentifier: (id: string) => `The parameter SourceIdentifier is not valid: ${id}. It must not end with a hyphen or contain two consecutive hyphens.`,
  sourceTypeRequired: () => "SourceType must be provided when SourceIdentifier is specified.",
  duration: (value: number) => `Duration must be a number of minutes of 0 or more; got ${value}.`,
  window: () => "StartTime must not be later than EndTime.",
  subscriptionName: (name: string) =>
    `The parameter SubscriptionName is not a valid name: "${name}". It must contain 1 to 255 letters, digits or hyphens and begin with a letter.`,
  subscriptionNotFound: (name: string) => `Subscription ${name} not found.`,
  subscriptionExists: (name: string) => `Subscription already exists: ${name}.`,
  subscriptionQuota: (limit: number) => `Cannot create more than ${limit} event subscriptions in this account and Region (quota eventSubscriptions).`,
  topic: (arn: string) => `Invalid SNS topic ARN: ${arn}. Give the ARN of an SNS topic of this Region (arn:aws:sns:REGION:ACCOUNT:TOPIC).`,
  topicAccount: (arn: string, account: string) => `RDS is not authorized to publish to SNS topic ${arn}: it is not a topic of account ${account}.`,
  category: (category: string, type: string) => `Event category ${category} is not a category of source type ${type} (DescribeEventCategories lists them).`,
  sourceIdsNeedType: () => "SourceType must be provided when SourceIds are specified.",
  // AWS's own wording (seen in a 404 SourceNotFound), then what it refers to.
  sourceNotFound: (id: string, type: string) => `Could not find source :${id} (no ${type} of that identifier).`,
  // AWS's own wording (ModifyEventSubscription, InvalidParameterCombination).
  categoriesNeedType: () => "If SourceType is null, Categories must also be null.",
  sourceNoType: (name: string) => `Subscription ${name} has no SourceType: set one with ModifyEventSubscription before adding source identifiers.`,
  sourceNotInSubscription: (id: string, name: string) => `Source ${id} is not a source of subscription ${name}.`,
};
