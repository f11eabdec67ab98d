import {
  type Accessor,
  createContext,
  createMemo,
  createResource,
  type JSX,
  type Resource,
  useContext,
} from "solid-js";
import { useApi, useApiConnection } from "./context.tsx";
import { errorInfo } from "./errors.ts";
import type { Me } from "./types.ts";

export interface Session {
  /** `auth.me`: null when nobody is logged in; undefined while loading. */
  readonly me: Resource<Me | null>;
  readonly loggedIn: Accessor<boolean>;
  /** May the current role do this? Decides what the navigation and the pages offer; the API decides for real. */
  can(permission: string): boolean;
  /** Throws the API's error (wrong password, rate limit) for the login form to show. */
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  switchMembership(membershipId: string): Promise<void>;
  refresh(): Promise<void>;
}

const SessionContext = createContext<Session>();

export function SessionProvider(props: { children: JSX.Element }) {
  const api = useApi();
  const connection = useApiConnection();

  const [me, { refetch, mutate }] = createResource(async (): Promise<Me | null> => {
    try {
      const result = await api.auth.me.query();
      // After a reload the cookie still holds the session: take its CSRF token for mutations.
      connection.setCsrfToken(result.csrfToken);
      return result;
    } catch (error) {
      if (errorInfo(error).code === "UNAUTHORIZED") {
        connection.setCsrfToken(null);
        return null;
      }
      throw error;
    }
  });

  const permissions = createMemo(() => new Set(me.latest?.permissions ?? []));

  const session: Session = {
    me,
    loggedIn: () => Boolean(me.latest),
    can: (permission) => permissions().has(permission),
    async login(username, password) {
      const { csrfToken } = await api.auth.login.mutate({ username, password });
      connection.setCsrfToken(csrfToken);
      await refetch();
    },
    async logout() {
      try {
        await api.auth.logout.mutate();
      } finally {
        // Forget the session here even if the server was unreachable: the cookie expires on its own.
        connection.setCsrfToken(null);
        mutate(null);
      }
    },
    async switchMembership(membershipId) {
      // The server replaces the session on a role switch: the new CSRF token goes with it.
      const { csrfToken } = await api.auth.switchMembership.mutate({ membershipId });
      connection.setCsrfToken(csrfToken);
      await refetch();
    },
    async refresh() {
      await refetch();
    },
  };
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() needs a <SessionProvider> above it.");
  return session;
}
