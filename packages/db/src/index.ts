export * from "./actor.ts";
export * from "./client.ts";
export * from "./demo/seed.ts";
export * from "./funding-graduates.ts";
export * from "./migrate.ts";
export * from "./prebuilt.ts";
export * from "./qualifications.ts";
export * from "./request-role.ts";
export * as schema from "./schema/index.ts";
