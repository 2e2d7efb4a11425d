/**
 * What `backend.attach` and `backend.detach` do: an instance gets the intercepting middleware (the
 * backend remembers it, weakly, for `detach()`); a class goes to core/class-intercept.ts.
 */
import type { CallAnswerer } from "./call.js";
import { attachClass, classesOf, detachClass, isClientClass, type ClassAttachOptions, type ClientClass } from "./class-intercept.js";
import { attachedBackend, clientRegion, interceptingMiddleware, mockMiddlewareOptions, MOCK_MIDDLEWARE_NAME, type MockableClient } from "./middleware.js";

/** Clients each backend attached one by one, weakly held, for `detach()`. */
const attachedClients = new WeakMap<CallAnswerer, Set<WeakRef<MockableClient>>>();

export function attachTo(backend: CallAnswerer, target: MockableClient | ClientClass, options: ClassAttachOptions): unknown {
  if (isClientClass(target)) {
    attachClass(backend, target, options);
    return target;
  }
  const client = target as MockableClient;
  const t = { backend: () => backend, region: clientRegion(client, backend.region), accountId: options.accountId, client, retries: options.retries, iam: options.iam };
  client.middlewareStack.add(interceptingMiddleware(t), mockMiddlewareOptions);
  attachedBackend.set(client, backend);
  let mine = attachedClients.get(backend);
  if (!mine) attachedClients.set(backend, (mine = new Set()));
  mine.add(new WeakRef(client));
  return client;
}

export function detachFrom(backend: CallAnswerer, target?: MockableClient | ClientClass): unknown {
  if (target === undefined) {
    for (const Class of classesOf(backend)) detachClass(backend, Class);
    for (const ref of attachedClients.get(backend) ?? []) {
      const client = ref.deref();
      if (client) detachFrom(backend, client);
    }
    attachedClients.delete(backend);
    return undefined;
  }
  if (isClientClass(target)) {
    detachClass(backend, target);
    return target;
  }
  const client = target as MockableClient;
  if (attachedBackend.get(client) === backend) {
    client.middlewareStack.remove(MOCK_MIDDLEWARE_NAME);
    attachedBackend.delete(client);
  }
  return client;
}
