import type { composeRouter } from "@polku/trpc";

/** The router type the portal's client is typed with (import type only). */
export type AppRouter = ReturnType<typeof composeRouter<Record<string, never>>>;
