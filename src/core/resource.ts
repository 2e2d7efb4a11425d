/**
 * Resources as data. A descriptor names where a resource type's records live, how an identifier
 * becomes its key, its ARN, its errors, quota, page order, tags and lifecycle; `defineResource` turns
 * it into the plumbing every resource needs (find, exists and quota checks, insert, delete, pages,
 * ARNs and tag access), so a resource's own files hold only its documented rules.
 */
import type { SortKey } from "./collections.js";
import { pageOf, type Page } from "./paging.js";
import { arn, parseArn } from "./regions.js";
import type { CallContext, WorldScope } from "./service.js";

/** A resource's tags as one map, whatever shape its records keep them in (RDS `TagList`, a `tags` map). */
export interface TagAccess<R> {
  read(record: R): Record<string, string>;
  write(record: R, tags: Record<string, string>): void;
}

export interface ResourceDescriptor<World, R> {
  /** The resource type in words, for messages and docs: `DB subnet group`. */
  name: string;
  /** The world's top-level collection holding the records, by key. */
  collection(world: World): Record<string, R>;
  /** An identifier as a caller gives it -> its key (RDS matches names case-insensitively: lowercase). */
  key?(identifier: string): string;
  /** The ARN: `arn:<partition>:<service>:<region>:<account>:<type><separator><key>`. */
  arn?: { service: string; type: string; separator?: ":" | "/" };
  /**
   * The service's own error for an identifier that names nothing (typed `never`: it throws). A nested
   * resource also gets the parent's identifier it was looked for in.
   */
  notFound(identifier: string, parentIdentifier?: string): never;
  /** The service's own error for a key that is taken. */
  alreadyExists?(identifier: string): never;
  /**
   * Records keyed by a generated id but unique by name (DocDB Elastic): the world's index of names
   * (as stored) -> keys. `requireFree`/`requireNew` then take the name; insert and forget keep the index.
   */
  names?: { index(world: World): Record<string, string>; of(record: R): string };
  /** A per-account-and-Region limit: `name` is the service's quota key (`createMockBackend({ quotas })`). */
  quota?: { name: string; exceeded(limit: number): never; counts?(record: R): boolean };
  /** Page order (default: the key). Must not change while the record stays. */
  sortKey?: SortKey<R>;
  tags?: TagAccess<R>;
  /** The transition table's kind for this resource, and the stable id transitions are keyed by. */
  lifecycle?: { kind: string; id(record: R): string };
  /**
   * A resource that lives inside another (a DSQL stream in its cluster): it is looked up through the
   * parent (`getIn`), and its ARN nests in the parent's (`cluster/ID/stream/ID`). `key` gives the
   * parent's key the record belongs to (as the parent's `keyOf` would give it).
   */
  parent?: { resource: Resource<World, any>; key(record: R): string };
}

export interface Resource<World, R> {
  readonly descriptor: ResourceDescriptor<World, R>;
  /** The key an identifier maps to. */
  keyOf(identifier: string): string;
  /** The record, or undefined (never an inherited member such as `constructor`). */
  find(ctx: CallContext<World>, identifier: string): R | undefined;
  /** The record, or the resource's not-found error. */
  get(ctx: CallContext<World>, identifier: string): R;
  /** A nested resource's record inside its parent: the parent's not-found error first, then its own. */
  getIn(ctx: CallContext<World>, parentIdentifier: string, identifier: string): R;
  /** Checks that `identifier` is free and the quota allows one more; returns its key. Changes nothing. */
  requireNew(ctx: CallContext<World>, identifier: string): string;
  /** Checks only the quota (a record that takes an existing key, or one named later). */
  checkQuota(ctx: CallContext<World>): void;
  /** Checks only that `identifier` (the name, with `names`) is free, when other rules come between it and the quota. */
  requireFree(ctx: CallContext<World>, identifier: string): void;
  insert(ctx: CallContext<World>, key: string, record: R): R;
  /** Deletes the record stored under `identifier` (no error when there is none). */
  remove(ctx: CallContext<World>, identifier: string): void;
  /** Drops `record` stored under `key`, and its name (with `names`) while the name still maps to `key`: for a lifecycle that already took it out of the collection. */
  forget(ctx: CallContext<World>, key: string, record: R): void;
  /** How many records the world holds (that `keep` accepts). */
  count(ctx: CallContext<World>, keep?: (record: R) => boolean): number;
  /** One page in the resource's order; `invalidToken` is the service's answer to a token it did not issue. */
  page(ctx: CallContext<World>, request: { size: number; token?: string; invalidToken: () => never; keep?: (record: R) => boolean }): Page<R>;
  /** The record's ARN (needs `arn`; a nested resource also needs its parent's key). */
  arnOf(scope: WorldScope, key: string, parentKey?: string): string;
  /** The key an ARN of this resource type in this account and Region names, else undefined. */
  keyFromArn(scope: WorldScope, value: string): string | undefined;
  /**
   * The record a whole ARN names here (partition included: it is the ARN `arnOf` gives), else
   * undefined; a nested record only inside the parent the ARN names.
   */
  findByArn(ctx: CallContext<World>, value: string): R | undefined;
  /** Starts a lifecycle transition of the record (needs `lifecycle`). */
  begin(ctx: CallContext<World>, record: R, event: string): void;
}

const asIs = (identifier: string) => identifier;

export function defineResource<World, R>(descriptor: ResourceDescriptor<World, R>): Resource<World, R> {
  const keyOf = descriptor.key ?? asIs;
  const find = (ctx: CallContext<World>, identifier: string): R | undefined => {
    const records = descriptor.collection(ctx.world);
    const key = keyOf(identifier);
    return Object.hasOwn(records, key) ? records[key] : undefined;
  };
  const count = (ctx: CallContext<World>, keep?: (record: R) => boolean): number => {
    const records = descriptor.collection(ctx.world);
    let n = 0;
    for (const key in records) if (!keep || keep(records[key])) n++;
    return n;
  };
  const checkQuota = (ctx: CallContext<World>): void => {
    const quota = descriptor.quota;
    if (!quota) return;
    const limit = ctx.quota(quota.name);
    if (count(ctx, quota.counts) >= limit) quota.exceeded(limit);
  };
  const requireFree = (ctx: CallContext<World>, identifier: string): void => {
    const names = descriptor.names;
    const taken = names ? Object.hasOwn(names.index(ctx.world), identifier) : find(ctx, identifier) !== undefined;
    if (!taken) return;
    if (!descriptor.alreadyExists) throw new Error(`${descriptor.name}: the descriptor names no already-exists error`);
    descriptor.alreadyExists(identifier);
  };
  const forget = (ctx: CallContext<World>, key: string, record: R): void => {
    const records = descriptor.collection(ctx.world);
    if (Object.hasOwn(records, key) && records[key] === record) delete records[key];
    if (!descriptor.names) return;
    const index = descriptor.names.index(ctx.world);
    const name = descriptor.names.of(record);
    if (index[name] === key) delete index[name];
  };
  const arnSpec = () => {
    if (!descriptor.arn) throw new Error(`${descriptor.name}: the descriptor names no ARN`);
    return descriptor.arn;
  };
  /** The ARN's resource part: `<type><sep><key>`, nested in the parent's for a nested resource. */
  const arnResource = (key: string, parentKey?: string): string => {
    const { type, separator = ":" } = arnSpec();
    const own = `${type}${separator}${key}`;
    const parent = descriptor.parent;
    if (!parent) return own;
    if (parentKey === undefined) throw new Error(`${descriptor.name}: a nested ARN needs the parent's key`);
    const { type: parentType, separator: parentSeparator = ":" } = parent.resource.descriptor.arn ?? arnSpec();
    return `${parentType}${parentSeparator}${parentKey}${separator}${own}`;
  };
  /** Key (and parent key) of an ARN of this type in this account and Region; undefined otherwise. */
  const arnParts = (scope: WorldScope, value: string): { key: string; parentKey?: string } | undefined => {
    const { service, type, separator = ":" } = arnSpec();
    const parsed = parseArn(value);
    if (!parsed || parsed.service !== service || parsed.region !== scope.region || parsed.accountId !== scope.accountId) return undefined;
    let rest = parsed.resource;
    let parentKey: string | undefined;
    if (descriptor.parent) {
      const { type: parentType, separator: parentSeparator = ":" } = descriptor.parent.resource.descriptor.arn ?? arnSpec();
      if (!rest.startsWith(`${parentType}${parentSeparator}`)) return undefined;
      rest = rest.slice(parentType.length + parentSeparator.length);
      const at = rest.indexOf(`${separator}${type}${separator}`);
      if (at <= 0) return undefined;
      parentKey = rest.slice(0, at);
      if (parentKey.includes(parentSeparator)) return undefined;
      rest = rest.slice(at + separator.length);
    }
    const prefix = `${type}${separator}`;
    if (!rest.startsWith(prefix)) return undefined;
    const key = rest.slice(prefix.length);
    return key.length > 0 && !key.includes(separator) ? { key, parentKey } : undefined;
  };
  const arnOf = (scope: WorldScope, key: string, parentKey?: string): string =>
    arn(arnSpec().service, scope.region, scope.accountId, arnResource(key, parentKey));
  /** Whether the record lives in the parent named (always, for a resource that is not nested). */
  const inParent = (record: R, parentKey: string | undefined): boolean =>
    !descriptor.parent || descriptor.parent.key(record) === parentKey;
  return {
    descriptor,
    keyOf,
    find,
    get(ctx, identifier) {
      return find(ctx, identifier) ?? descriptor.notFound(identifier);
    },
    getIn(ctx, parentIdentifier, identifier) {
      const parent = descriptor.parent;
      if (!parent) throw new Error(`${descriptor.name}: the descriptor names no parent`);
      const parentKey = parent.resource.keyOf(parentIdentifier);
      parent.resource.get(ctx, parentIdentifier);
      const record = find(ctx, identifier);
      return record !== undefined && inParent(record, parentKey) ? record : descriptor.notFound(identifier, parentIdentifier);
    },
    requireNew(ctx, identifier) {
      requireFree(ctx, identifier);
      checkQuota(ctx);
      return keyOf(identifier);
    },
    checkQuota,
    requireFree,
    insert(ctx, key, record) {
      descriptor.collection(ctx.world)[key] = record;
      if (descriptor.names) descriptor.names.index(ctx.world)[descriptor.names.of(record)] = key;
      return record;
    },
    remove(ctx, identifier) {
      const key = keyOf(identifier);
      const record = find(ctx, identifier);
      if (record !== undefined) forget(ctx, key, record);
    },
    forget,
    count,
    page(ctx, request) {
      return pageOf(descriptor.collection(ctx.world), { ...request, token: request.token, sortKey: descriptor.sortKey });
    },
    arnOf,
    keyFromArn(scope, value) {
      return arnParts(scope, value)?.key;
    },
    findByArn(ctx, value) {
      const parts = arnParts(ctx, value);
      if (!parts || arnOf(ctx, parts.key, parts.parentKey) !== value) return undefined;
      const record = find(ctx, parts.key);
      return record !== undefined && inParent(record, parts.parentKey) ? record : undefined;
    },
    begin(ctx, record, event) {
      if (!descriptor.lifecycle) throw new Error(`${descriptor.name}: the descriptor names no lifecycle`);
      ctx.lifecycle.begin(descriptor.lifecycle.kind, descriptor.lifecycle.id(record), event);
    },
  };
}

/** The resource (of `resources`) an ARN names and its key, for tagging operations; undefined when none. */
export function resourceByArn<World>(
  resources: readonly Resource<World, any>[],
  scope: WorldScope,
  value: string,
): { resource: Resource<World, any>; key: string } | undefined {
  for (const resource of resources) {
    if (!resource.descriptor.arn) continue;
    const key = resource.keyFromArn(scope, value);
    if (key !== undefined) return { resource, key };
  }
  return undefined;
}

/** The record (of `resources`) a whole ARN names in the call's account and Region, for tagging operations. */
export function recordByArn<World>(
  resources: readonly Resource<World, any>[],
  ctx: CallContext<World>,
  value: string,
): { resource: Resource<World, any>; key: string; record: any } | undefined {
  const hit = resourceByArn(resources, ctx, value);
  const record = hit?.resource.findByArn(ctx, value);
  return hit && record !== undefined ? { ...hit, record } : undefined;
}
