/**
 * Validation of manifests and deployment files, for the host at start-up (server side): a broken plugin
 * stops the deployment with a message naming it and every problem.
 */
import { issueToProblems, Role } from "@polku/domain";
import { Data, Effect, Schema } from "effect";
import type {
  DeploymentConfig as DeploymentConfigShape,
  PluginManifest as PluginManifestShape,
} from "./manifest.ts";

const LocalisedText = Schema.Struct({
  fi: Schema.String.check(Schema.isMinLength(1)),
  sv: Schema.String.check(Schema.isMinLength(1)),
  en: Schema.String.check(Schema.isMinLength(1)),
});

const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** "GET /verify/:token": a method and a path of lower-case segments and parameters. */
export const PUBLIC_ROUTE = /^(GET|POST) (\/(:?[a-z0-9][a-z0-9._-]*))+$/;

export const PluginManifestSchema = Schema.Struct({
  id: Schema.String.check(
    Schema.isPattern(kebab, { message: "the id must be kebab-case, e.g. esedu-workshop-handover" }),
    // The core's events, templates and settings are named `core`: a plugin so named would pass for it.
    Schema.isPattern(/^(?!core$)/, { message: 'the id "core" is the core\'s own' }),
    // The id names the plugin's database schema and job role: never one of the database's own schemas.
    Schema.isPattern(/^(?!(public|polku|drizzle|information-schema|pg-.*)$)/, {
      message: "the id names the plugin's database schema: public, polku, drizzle and pg-... are taken",
    }),
  ),
  version: Schema.String.check(
    Schema.isPattern(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, {
      message: "the version must be semver, e.g. 0.1.0",
    }),
  ),
  region: Schema.String.check(Schema.isMinLength(1)),
  title: LocalisedText,
  description: Schema.optional(LocalisedText),
  /** Ids of plugins this one builds on; the deployment must list them too. */
  requires: Schema.Array(Schema.String),
  /** The actions the plugin defines, each prefixed with nothing but its own name, and the roles that get them. */
  permissions: Schema.Record(Schema.String, Schema.Array(Role)),
  grantScopes: Schema.optional(
    Schema.Array(
      Schema.String.check(
        Schema.isPattern(/^[a-z][a-z0-9_-]*$/, { message: "a grant scope is lower case, e.g. work-trial" }),
      ),
    ),
  ),
  publicRoutes: Schema.optional(
    Schema.Array(
      Schema.String.check(
        Schema.isPattern(PUBLIC_ROUTE, {
          message: 'a public route is "GET /path" or "POST /path", e.g. GET /verify/:token',
        }),
      ),
    ),
  ),
});
// The schema and the authors' interface must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const manifestShapesAgree: Same<typeof PluginManifestSchema.Type, PluginManifestShape> = true;
void manifestShapesAgree;

export class InvalidPluginManifest extends Data.TaggedError("InvalidPluginManifest")<{
  readonly plugin: string;
  readonly problems: readonly string[];
}> {
  override get message() {
    return `Plugin "${this.plugin}" has an invalid manifest: ${this.problems.join("; ")}.`;
  }
}

export function validateManifest(
  source: string,
  manifest: unknown,
): Effect.Effect<PluginManifestShape, InvalidPluginManifest> {
  return Schema.decodeUnknownEffect(PluginManifestSchema)(manifest, { errors: "all" }).pipe(
    Effect.mapError(
      (error) =>
        new InvalidPluginManifest({
          plugin: source,
          problems: issueToProblems(error.issue).map((p) => `${p.path || "(manifest)"}: ${p.message}`),
        }),
    ),
  );
}

/** A deployment file (`deployments/<name>.json`): the one place a region lists its plugins. */
export const DeploymentConfigSchema = Schema.Struct({
  region: Schema.String.check(Schema.isMinLength(1)),
  plugins: Schema.Array(
    Schema.String.check(Schema.isPattern(kebab, { message: "plugin ids are kebab-case" })),
  ),
  settings: Schema.optional(Schema.Record(Schema.String, Schema.Record(Schema.String, Schema.String))),
});
const deploymentShapesAgree: Same<typeof DeploymentConfigSchema.Type, DeploymentConfigShape> = true;
void deploymentShapesAgree;
