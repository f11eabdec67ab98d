/**
 * drizzle-orm as the host uses it. Plugins import drizzle through the SDK so that there is exactly one
 * copy in a deployment: two copies (a plugin resolving its own) break drizzle's types and entity checks.
 */
export * from "drizzle-orm";
