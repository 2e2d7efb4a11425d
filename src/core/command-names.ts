/**
 * Command names as the call log, fault rules and overrides use them: `CreateCluster` for
 * `CreateClusterCommand`, and whether a call is of a command named by class or by name.
 */

/** What a rule can name a command by: its class (exact), or its name with or without `Command`. */
export type CommandSelector = string | (abstract new (...args: any[]) => unknown);

const operationNames = new Map<string, string>();

/** Command name without the `Command` suffix, as the call log records it; remembered (the backend asks on every call). */
export function operationName(command: CommandSelector): string {
  const name = typeof command === "string" ? command : command.name;
  let operation = operationNames.get(name);
  if (operation === undefined) {
    operation = name.endsWith("Command") ? name.slice(0, -7) : name;
    if (operationNames.size < 10_000) operationNames.set(name, operation);
  }
  return operation;
}

/**
 * Whether a call is of the named command. A class matches by identity when the call recorded its
 * class (DSQL and DocDB Elastic both have a `CreateClusterCommand`), else by name.
 */
export function isCommand(call: { command: string; commandType?: unknown }, command: CommandSelector): boolean {
  if (typeof command !== "string" && call.commandType) return call.commandType === command;
  return call.command === operationName(command);
}
