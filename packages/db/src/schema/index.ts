export * from "./access.ts";
export * from "./accounts.ts";
export * from "./coaching.ts";
export * from "./hoks.ts";
export * from "./notifications.ts";
export * from "./organisations.ts";
export * from "./pathway.ts";
export * from "./students.ts";
