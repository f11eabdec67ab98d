export * from "./actor.ts";
export * from "./client.ts";
export * from "./demo/seed.ts";
export * from "./migrate.ts";
export * as schema from "./schema/index.ts";
