import {
  createResource,
  type InitializedResourceOptions,
  type InitializedResourceReturn,
  type NoInfer,
  onCleanup,
  type ResourceFetcher,
  type ResourceOptions,
  type ResourceReturn,
  type ResourceSource,
  type Signal,
} from "solid-js";
import { createStore, reconcile, unwrap } from "solid-js/store";
import { useApiConnection } from "./context.tsx";

/**
 * Solid's `createResource`, kept fresh: after any change this tab makes through the API (a mutation of
 * the core's or any plugin's client, which share one connection), every live resource on screen loads
 * again, as the router's actions revalidate its queries. So a page never shows what an earlier change
 * made untrue, and no page wires `refetch()` to another's save by hand.
 *
 * Why not the router's `query`/`createAsync`: the portal shows each part of a page in place with its own
 * loading, error and retry (`<Async resource>`, `loadedValue`), which need a Resource's `state` and
 * `error`; createAsync gives only the value and leaves errors to boundaries. This adds the one thing the
 * router would (revalidation after a change) to the primitive the pages already use.
 *
 * A reload keeps the previous value on screen (`state` "refreshing") and merges the new one into it
 * (Solid's store `reconcile`, rows matched by `id`): only what changed is redrawn, so a section's
 * confirmation, an open form and the focus the save moved stay where they are, even when the page's
 * own resource (the student, say) reloads around them. One reload per resource however many changes
 * arrive together.
 */
export function createLiveResource<T, R = unknown>(
  fetcher: ResourceFetcher<true, T, R>,
  options: InitializedResourceOptions<NoInfer<T>, true>,
): InitializedResourceReturn<T, R>;
export function createLiveResource<T, R = unknown>(
  fetcher: ResourceFetcher<true, T, R>,
  options?: ResourceOptions<NoInfer<T>, true>,
): ResourceReturn<T, R>;
export function createLiveResource<T, S, R = unknown>(
  source: ResourceSource<S>,
  fetcher: ResourceFetcher<S, T, R>,
  options: InitializedResourceOptions<NoInfer<T>, S>,
): InitializedResourceReturn<T, R>;
export function createLiveResource<T, S, R = unknown>(
  source: ResourceSource<S>,
  fetcher: ResourceFetcher<S, T, R>,
  options?: ResourceOptions<NoInfer<T>, S>,
): ResourceReturn<T, R>;
export function createLiveResource(...args: unknown[]): ResourceReturn<unknown, unknown> {
  // (fetcher, options?) or (source, fetcher, options?): the fetcher is the last function given.
  const at = typeof args[1] === "function" ? 2 : 1;
  const options = { storage: reconciledStorage, ...(args[at] as object | undefined) };
  const withStorage = [...args.slice(0, at), options];
  // biome-ignore lint/suspicious/noExplicitAny: the overloads above give each call its types.
  const made = (createResource as (...a: any[]) => ResourceReturn<unknown, unknown>)(...withStorage);
  const [, { refetch }] = made;
  let queued = false;
  const stop = useApiConnection().onDataChanged(() => {
    // A load still running is superseded (Solid keeps only the latest load's answer); a source that says
    // "not yet" (false, null or undefined) still asks nothing.
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      void refetch();
    });
  });
  onCleanup(stop);
  return made;
}

/**
 * A resource's value kept in a store and replaced by reconciling (Solid's documented "deep signal"
 * storage): the value keeps its identity across reloads, and each changed field notifies on its own.
 */
function reconciledStorage<T>(initial: T | undefined): Signal<T | undefined> {
  const [store, setStore] = createStore<{ value: T | undefined }>({ value: initial });
  return [
    () => store.value,
    (next: unknown) => {
      const value = typeof next === "function" ? (next as (prev: unknown) => T)(unwrap(store.value)) : next;
      setStore("value", reconcile(value as T));
      return store.value;
    },
  ] as Signal<T | undefined>;
}
