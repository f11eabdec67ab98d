/**
 * The message dictionaries: the core's under no namespace, each plugin's under its own
 * (`t("esedu-workshop-handover:nav.title")`). A signal counts registrations, so text already on screen
 * updates when a plugin registers its strings after the first render.
 */
import { createSignal } from "solid-js";
import { formatNumber } from "./format.ts";
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
export function lookup(locale: Locale, key: string, count?: number): string {
  version(); // track registrations
  const colon = key.indexOf(":");
  const dictionaries = colon === -1 ? coreMessages : namespaces.get(key.slice(0, colon));
  const bare = colon === -1 ? key : key.slice(colon + 1);
  if (count !== undefined && dictionaries) {
    // A key may have plural forms beside it ("participants.count#one"), chosen by the language's rules.
    const form = `${bare}#${pluralRules(locale).select(count)}`;
    const plural = dictionaries[locale][form];
    if (plural !== undefined) return plural;
  }
  return dictionaries?.[locale][bare] ?? dictionaries?.fi[bare] ?? key;
}

const rulesByLocale = new Map<Locale, Intl.PluralRules>();
const pluralRules = (locale: Locale) => {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules;
};

export type Params = Readonly<Record<string, string | number>>;

/**
 * Replaces `{name}` with params.name; an unknown placeholder stays as written. A numeric `count` is
 * written in Finnish style (1 234) and picks the plural form (see lookup); other numbers stay as they
 * are, since a year or a code must not get digit groups ("2 026").
 */
export function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return name === "count" && typeof value === "number" ? formatNumber(value) : String(value);
  });
}
