/** The API host as a library: apps/api starts it, tests and tools start a real server with it. */
export { ConfigurationError } from "@polku/db";
export { composeDeployment } from "./deployment/compose.ts";
export { DeploymentError, loadDeployment } from "./deployment/load.ts";
export { type StartOptions, startPolku } from "./start.ts";
