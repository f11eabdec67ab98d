import type { TRPCClient } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
import { createContext, type JSX, useContext } from "solid-js";
import { type ApiConnection, createApiClient, createApiConnection } from "./client.ts";
import type { AppRouter } from "./types.ts";

interface ApiContextValue {
  readonly connection: ApiConnection;
  readonly client: TRPCClient<AppRouter>;
  readonly pluginClients: Map<string, unknown>;
}

const ApiContext = createContext<ApiContextValue>();

/** One connection for the app; tests pass their own (an absolute URL, a fetch with a cookie jar). */
export function ApiProvider(props: { connection?: ApiConnection; children: JSX.Element }) {
  const connection = props.connection ?? createApiConnection();
  const value: ApiContextValue = {
    connection,
    client: createApiClient<AppRouter>({ connection }),
    pluginClients: new Map(),
  };
  return <ApiContext.Provider value={value}>{props.children}</ApiContext.Provider>;
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error("useApi() needs an <ApiProvider> above it.");
  return value;
}

/** The core API: `useApi().students.list.query({ search })`. */
export function useApi(): TRPCClient<AppRouter> {
  return useApiContext().client;
}

export function useApiConnection(): ApiConnection {
  return useApiContext().connection;
}

/**
 * A plugin's own API, typed with the plugin's router: `usePluginApi<HandoverRouter>("esedu-workshop-handover")
 * .handovers.list.query()` calls `plugins.esedu-workshop-handover.handovers.list`. Session and CSRF
 * token are shared with the core client.
 */
export function usePluginApi<TRouter extends AnyTRPCRouter>(pluginId: string): TRPCClient<TRouter> {
  const { connection, pluginClients } = useApiContext();
  let client = pluginClients.get(pluginId) as TRPCClient<TRouter> | undefined;
  if (!client) {
    client = createApiClient<TRouter>({ connection, pathPrefix: `plugins.${pluginId}` });
    pluginClients.set(pluginId, client);
  }
  return client;
}
