/** The credential module: pure (no database, no HTTP), so the router, the public routes and the bench share it. */
export * from "./badge.ts";
export * from "./did.ts";
export * from "./endorsement.ts";
export * from "./keys.ts";
export * from "./loader.ts";
export * from "./schema.ts";
export * from "./sign.ts";
export * from "./status-list.ts";
export * from "./verify.ts";
export * from "./words.ts";
