/**
 * The message dictionaries: the core's under no namespace, each plugin's under its own
 * (`t("esedu-workshop-handover:nav.title")`). A signal counts registrations, so text already on screen
 * updates when a plugin registers its strings after the first render.
 */
import { createSignal } from "solid-js";
import type { Locale } from "./locale.ts";
import { en } from "./messages/en.ts";
import { fi } from "./messages/fi.ts";
import { sv } from "./messages/sv.ts";

export type Messages = Readonly<Record<string, string>>;
export type Dictionaries = Readonly<Record<Locale, Messages>>;

export const coreMessages: Dictionaries = { fi, sv, en };

const namespaces = new Map<string, Dictionaries>();
const [version, setVersion] = createSignal(0);

/** Adds (or replaces, e.g. on hot reload) a namespace's strings. Namespace: the plugin id. */
export function registerMessages(namespace: string, dictionaries: Dictionaries): void {
  if (!namespace || namespace.includes(":")) {
    throw new Error(`Message namespace "${namespace}" must be non-empty and contain no ":".`);
  }
  namespaces.set(namespace, dictionaries);
  setVersion((v) => v + 1);
}

/**
 * The text for a key in a locale; falls back to Finnish (the source language), then to the key itself,
 * so a missing string shows up on screen instead of as a blank.
 */
export function lookup(locale: Locale, key: string): string {
  version(); // track registrations
  const colon = key.indexOf(":");
  const dictionaries = colon === -1 ? coreMessages : namespaces.get(key.slice(0, colon));
  const bare = colon === -1 ? key : key.slice(colon + 1);
  return dictionaries?.[locale][bare] ?? dictionaries?.fi[bare] ?? key;
}

export type Params = Readonly<Record<string, string | number>>;

/** Replaces `{name}` with params.name; an unknown placeholder stays as written. */
export function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
