/**
 * The deployment file (`deployments/<name>.json`, rule 5): the one module that finds, reads and checks
 * it. The host reads it at start-up (load.ts) and the portal's Vite plugin (apps/portal/vite) at build
 * time, so both agree on what a valid file is. It imports no server code (only node:fs, effect and the
 * SDK's schema), so a Vite config can import it: `@polku/host/deployment-file`.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { DeploymentConfig } from "@polku/plugin-sdk/manifest";
import { DeploymentConfigSchema } from "@polku/plugin-sdk/manifest-schema";
import { Data, Schema } from "effect";

export type { DeploymentConfig } from "@polku/plugin-sdk/manifest";

/** Why a deployment cannot start (or build); the message says which plugin or file and why. */
export class DeploymentError extends Data.TaggedError("DeploymentError")<{ readonly reason: string }> {
  override get message() {
    return this.reason;
  }
}

/** The repository root: where pnpm-workspace.yaml is, above this file. */
export function findRepoRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new DeploymentError({ reason: "Cannot find the workspace root (pnpm-workspace.yaml)." });
    dir = parent;
  }
  return dir;
}

/**
 * Where a deployment's file is: a name means `<root>/deployments/<name>.json`; anything ending in
 * `.json` or holding a `/` is a path (relative to where the command was started).
 */
export function deploymentFilePath(nameOrPath: string, root = findRepoRoot()): string {
  if (!(nameOrPath.endsWith(".json") || nameOrPath.includes("/"))) {
    return join(root, "deployments", `${nameOrPath}.json`);
  }
  return isAbsolute(nameOrPath) ? nameOrPath : resolve(process.env.INIT_CWD ?? process.cwd(), nameOrPath);
}

/** A deployment by name or path, read and checked: a mistake throws a DeploymentError naming the file. */
export function readDeploymentFile(
  nameOrPath: string,
  root = findRepoRoot(),
): { file: string; config: DeploymentConfig } {
  const file = deploymentFilePath(nameOrPath, root);
  if (!existsSync(file)) throw new DeploymentError({ reason: `The deployment file ${file} does not exist.` });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new DeploymentError({
      reason: `The deployment file ${file} is not valid JSON: ${(error as Error).message}`,
    });
  }
  return { file, config: checkDeployment(json, `the deployment file ${file}`) };
}

/**
 * A deployment's contents checked as a file's are (a test gives its deployment as a value); `where`
 * names it in the messages: "the deployment file /x/demo.json".
 */
export function checkDeployment(json: unknown, where: string): DeploymentConfig {
  const decoded = Schema.decodeUnknownExit(DeploymentConfigSchema)(json, { errors: "all" });
  if (decoded._tag === "Failure") {
    const what = where.charAt(0).toUpperCase() + where.slice(1);
    throw new DeploymentError({ reason: `${what} is invalid: ${String(decoded.cause)}` });
  }
  const config = decoded.value;
  const twice = config.plugins.find((id, i) => config.plugins.indexOf(id) !== i);
  if (twice) throw new DeploymentError({ reason: `Plugin "${twice}" is listed twice in ${where}.` });
  return config;
}
