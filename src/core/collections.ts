/**
 * The top-level collections of a service's world (id -> record). Each is a prototype-free dictionary
 * (a caller's `constructor` or `__proto__` is an ordinary key) behind a Proxy that counts changes, so
 * a list operation can keep its sorted key index between calls and rebuild it only after a create or
 * a delete: a page then costs the same with 100 records or 10,000.
 */

interface Tracking {
  version: number;
  /** Sorted index per sort function, with the version it was built at. */
  indexes: Map<SortKey<any>, SortedIndex>;
}

/** The key a record sorts (and pages) by; the default is its id in the collection. */
export type SortKey<T> = (id: string, record: T) => string;

export interface SortedIndex {
  version: number;
  /** Sort keys in ascending order (`<` on strings), and the collection id at each position. */
  sortKeys: string[];
  ids: string[];
}

const tracking = new WeakMap<object, Tracking>();
const byId: SortKey<unknown> = (id) => id;

/** A tracked, prototype-free copy of `entries`. */
export function trackedCollection<T>(entries: Record<string, T>): Record<string, T> {
  const dict = Object.assign(Object.create(null) as Record<string, T>, entries);
  const state: Tracking = { version: 0, indexes: new Map() };
  const proxy = new Proxy(dict, {
    set(target, key, value) {
      state.version++;
      return Reflect.set(target, key, value);
    },
    deleteProperty(target, key) {
      state.version++;
      return Reflect.deleteProperty(target, key);
    },
    defineProperty(target, key, descriptor) {
      state.version++;
      return Reflect.defineProperty(target, key, descriptor);
    },
  });
  tracking.set(proxy, state);
  return proxy;
}

/** Every top-level plain-object member of `world` as a tracked collection (on creation and on load). */
export function withTrackedCollections<World>(world: World): World {
  const members = world as Record<string, unknown>;
  for (const [name, value] of Object.entries(members)) {
    if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
      members[name] = trackedCollection(value as Record<string, unknown>);
    }
  }
  return world;
}

function buildIndex<T>(collection: Record<string, T>, sortKey: SortKey<T>, version: number): SortedIndex {
  const pairs: [string, string][] = [];
  for (const id in collection) pairs.push([sortKey(id, collection[id]), id]);
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { version, sortKeys: pairs.map((p) => p[0]), ids: pairs.map((p) => p[1]) };
}

/**
 * The collection's ids in `sortKey` order. Cached for a tracked collection until it changes (a sort
 * key must not change while its record stays: ids, creation times, sequence numbers); built afresh
 * for any other object.
 */
export function sortedIndex<T>(collection: Record<string, T>, sortKey: SortKey<T> = byId as SortKey<T>): SortedIndex {
  const state = tracking.get(collection);
  if (!state) return buildIndex(collection, sortKey, -1);
  const cached = state.indexes.get(sortKey);
  if (cached && cached.version === state.version) return cached;
  const index = buildIndex(collection, sortKey, state.version);
  state.indexes.set(sortKey, index);
  return index;
}
