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
} from "solid-js";
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
 * A reload keeps the previous value on screen (`state` "refreshing"), so a confirmation or the focus
 * the save moved stays where it is. One reload per resource however many changes arrive together.
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
  // biome-ignore lint/suspicious/noExplicitAny: the overloads above give each call its types.
  const made = (createResource as (...a: any[]) => ResourceReturn<unknown, unknown>)(...args);
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
