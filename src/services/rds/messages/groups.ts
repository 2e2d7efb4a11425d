/** Messages of DB parameter groups and option groups. */
export const GM = {
  dbParameterGroupNotFound: (name: string) => `DBParameterGroup not found: ${name}`,
  dbParameterGroupExists: (name: string) => `Parameter group ${name} already exists`,
  dbParameterGroupQuota: (limit: number) => `Cannot create more than ${limit} DB parameter groups (quota dbParameterGroups).`,
  dbParameterGroupFamily: (family: string) => `DBParameterGroupFamily ${family} is not a valid DB parameter group family.`,
  dbParameterGroupDefault: (name: string, verb: string) => `Default parameter group ${name} cannot be ${verb}; create a custom group of its family.`,
  dbParameterGroupCopyDefault: (name: string) =>
    `The default DB parameter group ${name} cannot be copied (SourceDBParameterGroupIdentifier); create a custom group of its family instead.`,
  dbParameterGroupInUse: (name: string, by: string) => `One or more database instances are still members of this parameter group ${name}, so the group cannot be deleted (in use by ${by}).`,
  dbParameterUnknown: (name: string, family: string) => `Could not find parameter with name: ${name} in the DB parameter group family ${family} (Parameters).`,
  dbParameterWrongFamily: (name: string, family: string, wanted: string) =>
    `The DB parameter group ${name} has DBParameterGroupFamily ${family}; the DB instance needs a group of family ${wanted} (DBParameterGroupName).`,
  optionGroupNotFound: (name: string) => `Specified OptionGroupName: ${name} not found.`,
  optionGroupExists: (name: string) => `Option group ${name} already exists.`,
  optionGroupQuota: (limit: number) => `Cannot create more than ${limit} option groups (quota optionGroups).`,
  optionGroupEngine: (engine: string) => `Invalid DB engine: ${engine} (EngineName).`,
  optionGroupMajor: (engine: string, major: string, valid: readonly string[]) =>
    `Cannot find major version ${major} for ${engine} (MajorEngineVersion); valid versions: ${valid.join(", ")}.`,
  optionGroupMajorNeedsEngine: () => "MajorEngineVersion can be given only together with EngineName.",
  optionGroupDefault: (name: string, verb: string) => `Default option group ${name} cannot be ${verb}.`,
  optionGroupInUse: (name: string, by: string) => `The option group ${name} cannot be deleted because it is in use by ${by}.`,
  optionUnknown: (option: string, engine: string, major: string) => `Option ${option} is not valid for engine ${engine} ${major} (OptionsToInclude).`,
  optionNotInGroup: (option: string, group: string) => `Option ${option} is not in option group ${group} (OptionsToRemove).`,
  optionIncludedAndRemoved: (option: string) => `Option ${option} cannot be both included and removed in one call.`,
  optionDuplicate: (option: string) => `Option ${option} is given more than once in OptionsToInclude.`,
  optionPermanent: (option: string) => `Option ${option} is permanent and cannot be removed from an option group.`,
  optionPersistentInUse: (option: string, by: string) => `Option ${option} is persistent and cannot be removed while the option group is in use by ${by}.`,
  optionNoPort: (option: string) => `Option ${option} does not take a Port.`,
  optionPort: (option: string, port: number) => `Port ${port} for option ${option} must be from 1150 to 65535.`,
  optionSettingUnknown: (setting: string, option: string) => `Option setting ${setting} is not valid for option ${option}.`,
  optionSettingValue: (setting: string, value: string, allowed: string) => `Invalid value ${JSON.stringify(value)} for option setting ${setting}; allowed values: ${allowed}.`,
  optionSettingRequired: (setting: string, option: string) => `Option setting ${setting} is required for option ${option}.`,
} as const;
