/**
 * A plugin's settings, declared with the plugin and read by the host: from the deployment file's
 * `settings["<plugin id>"]` first, else from the named environment variable. The host checks every
 * setting of every plugin before anything opens, and stops naming each one that is wrong (and where it
 * came from). Plugins never read `process.env`: what they may be told is declared here.
 */
import { issueToProblems } from "@polku/domain";
import { Data, Schema } from "effect";

export interface Setting<T> {
  /** The environment variable that can set it (the deployment file wins when both do). */
  readonly env: string;
  /** What it is, in a sentence: shown when it is wrong. */
  readonly description: string;
  /** From the text in the file or the variable to the value. */
  readonly schema: Schema.Codec<T, string>;
  /** When neither source sets it; without one the setting is optional and reads as `undefined`. */
  readonly default?: T;
}

export type Settings = Readonly<Record<string, Setting<unknown>>>;

/** What the plugin is given: each setting's value, `undefined` only where it has no default. */
export type SettingsValues<S extends Settings> = {
  readonly [K in keyof S]: S[K] extends Setting<infer T>
    ? undefined extends S[K]["default"]
      ? T | undefined
      : T
    : never;
};

/** Typed identity for authors: `settings: defineSettings({ pollMs: { env: "...", ... } })`. */
export const defineSettings = <const S extends Settings>(settings: S): S => settings;

export class InvalidSettings extends Data.TaggedError("InvalidSettings")<{
  readonly plugin: string;
  readonly problems: readonly string[];
}> {
  override get message() {
    return `Plugin "${this.plugin}" cannot start: ${this.problems.join("; ")}.`;
  }
}

/** Where settings come from: the deployment file's entry for the plugin, and the environment. */
export interface SettingSources {
  readonly file?: Readonly<Record<string, string>> | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Every setting of one plugin, or `InvalidSettings` naming each wrong or unknown one. */
export function readSettings<S extends Settings>(
  plugin: string,
  settings: S,
  sources: SettingSources,
): SettingsValues<S> {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(sources.file ?? {})) {
    if (!(key in settings)) {
      problems.push(
        `the deployment file sets "${key}", which is not one of its settings (${Object.keys(settings).join(", ") || "it has none"})`,
      );
    }
  }
  for (const [key, spec] of Object.entries(settings)) {
    const fromFile = sources.file?.[key];
    const text = fromFile ?? sources.env[spec.env];
    if (text === undefined || text === "") {
      values[key] = spec.default;
      continue;
    }
    try {
      values[key] = Schema.decodeUnknownSync(spec.schema)(text);
    } catch (error) {
      const where = fromFile !== undefined ? `the deployment file's "${key}"` : spec.env;
      problems.push(`${where} (${spec.description}): ${problemsOf(error)}`);
    }
  }
  if (problems.length > 0) throw new InvalidSettings({ plugin, problems });
  return values as SettingsValues<S>;
}

const problemsOf = (error: unknown) => {
  const issue = (error as { issue?: Parameters<typeof issueToProblems>[0] }).issue;
  return issue
    ? issueToProblems(issue)
        .map((p) => p.message)
        .join(" ")
    : String(error);
};
