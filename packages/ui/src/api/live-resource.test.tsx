import { render, waitFor } from "@solidjs/testing-library";
import { initTRPC } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createSignal, onMount, Show } from "solid-js";
import { describe, expect, it } from "vitest";
import { Async } from "../components/States.tsx";
import { I18nProvider } from "../i18n/context.tsx";
import { createApiConnection } from "./client.ts";
import { ApiProvider, usePluginApi } from "./context.tsx";
import { createLiveResource } from "./live-resource.ts";

/** A real tRPC router, answered in-process through tRPC's fetch adapter: one count, read and changed. */
function counterServer() {
  const t = initTRPC.create();
  let count = 0;
  let reads = 0;
  const counter = t.router({
    read: t.procedure.query(() => {
      reads += 1;
      return count;
    }),
    record: t.procedure.query(() => ({ id: "a", count, rows: [{ id: "r1", count }] })),
    add: t.procedure.mutation(() => {
      count += 1;
      return count;
    }),
    fail: t.procedure.mutation(() => {
      throw new Error("no");
    }),
  });
  const router = t.router({ plugins: t.router({ counter }) });
  const fetch = (url: RequestInfo | URL, init?: RequestInit) =>
    fetchRequestHandler({
      endpoint: "/trpc",
      req: new Request(url, init),
      router,
      allowMethodOverride: true,
    });
  return { counter, fetch: fetch as typeof globalThis.fetch, reads: () => reads };
}

type CounterApi = ReturnType<typeof counterServer>["counter"];

describe("a live resource", () => {
  it("loads again after a change made through any client of the connection, and not after a read", async () => {
    const server = counterServer();
    const connection = createApiConnection({ url: "http://polku.test/trpc", fetch: server.fetch });
    let api!: ReturnType<typeof usePluginApi<CounterApi>>;
    const [shown, setShown] = createSignal(true);
    function Count() {
      api = usePluginApi<CounterApi>("counter");
      const [count] = createLiveResource(() => api.read.query());
      return <output>{count.latest ?? "…"}</output>;
    }
    const page = render(() => (
      <ApiProvider connection={connection}>
        <Show when={shown()}>
          <Count />
        </Show>
      </ApiProvider>
    ));
    await waitFor(() => expect(page.container.querySelector("output")?.textContent).toBe("0"));
    expect(server.reads()).toBe(1);

    await api.read.query();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.reads()).toBe(2);
    expect(page.container.querySelector("output")?.textContent).toBe("0");

    await Promise.all([api.add.mutate(), api.add.mutate()]);
    await waitFor(() => expect(page.container.querySelector("output")?.textContent).toBe("2"));
    // Two changes arriving together: one reload, not two.
    expect(server.reads()).toBe(3);

    await expect(api.fail.mutate()).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.reads()).toBe(3);

    // Off screen, it listens no more.
    setShown(false);
    await api.add.mutate();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.reads()).toBe(3);
  });

  it("merges a reload into what is shown, so the parts inside it are not drawn again", async () => {
    const server = counterServer();
    const connection = createApiConnection({ url: "http://polku.test/trpc", fetch: server.fetch });
    let api!: ReturnType<typeof usePluginApi<CounterApi>>;
    let mounts = 0;
    function Inner(props: { count: number }) {
      onMount(() => {
        mounts += 1;
      });
      return <output>{props.count}</output>;
    }
    function Record() {
      api = usePluginApi<CounterApi>("counter");
      const [record] = createLiveResource(() => api.record.query());
      return <Async resource={record}>{(r) => <Inner count={r.rows[0]!.count} />}</Async>;
    }
    const page = render(() => (
      <I18nProvider locale="fi">
        <ApiProvider connection={connection}>
          <Record />
        </ApiProvider>
      </I18nProvider>
    ));
    await waitFor(() => expect(page.container.querySelector("output")?.textContent).toBe("0"));
    await api.add.mutate();
    await waitFor(() => expect(page.container.querySelector("output")?.textContent).toBe("1"));
    expect(mounts).toBe(1);
  });
});
