import { createSignal } from "solid-js";

/** The portal's languages: Finnish first (the default), Swedish (the other national language), English. */
export const locales = ["fi", "sv", "en"] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "fi";
const storageKey = "polku.locale";

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (locales as readonly string[]).includes(value);

/** The remembered choice; storage can be missing or blocked (private mode), which means the default. */
export function rememberedLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(storageKey, locale);
  } catch {
    // Not remembered across visits, but the switch itself still works.
  }
}

/**
 * The language the page is in now: the I18nProvider keeps it. A signal, so text formatted outside a
 * component's `t` (a time's "klo" / "kl." / "at") follows a change of language wherever it is shown.
 */
const [pageLocale, setPageLocale] = createSignal<Locale>(defaultLocale);

export { pageLocale, setPageLocale };
