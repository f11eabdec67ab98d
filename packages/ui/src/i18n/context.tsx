import { type Accessor, createContext, createEffect, createSignal, type JSX, useContext } from "solid-js";
import { formatDate, formatDateTime, formatMoney, formatNumber } from "./format.ts";
import { type Locale, rememberedLocale, rememberLocale, setPageLocale } from "./locale.ts";
import { interpolate, lookup, type Params } from "./registry.ts";

export interface I18n {
  /** A core key ("students.title") or a plugin's ("<plugin-id>:key"), with `{name}` parameters. */
  t(key: string, params?: Params): string;
  locale: Accessor<Locale>;
  setLocale(locale: Locale): void;
  formatDate: typeof formatDate;
  formatDateTime: typeof formatDateTime;
  formatNumber: typeof formatNumber;
  formatMoney: typeof formatMoney;
}

function makeI18n(initial: Locale): I18n {
  const [locale, setLocaleSignal] = createSignal<Locale>(initial);
  return {
    t: (key, params) =>
      interpolate(
        lookup(locale(), key, typeof params?.count === "number" ? params.count : undefined),
        params,
      ),
    locale,
    setLocale: (next) => {
      rememberLocale(next);
      setLocaleSignal(next);
    },
    formatDate,
    formatDateTime: (value) => formatDateTime(value, locale()),
    formatNumber,
    formatMoney,
  };
}

const I18nContext = createContext<I18n>();

/**
 * Provides the language: the remembered one, else Finnish. It also keeps `<html lang>` in step, so
 * screen readers pronounce the page in the language it is written in (WCAG 3.1.1).
 */
export function I18nProvider(props: { locale?: Locale; children: JSX.Element }) {
  const i18n = makeI18n(props.locale ?? rememberedLocale());
  createEffect(() => {
    setPageLocale(i18n.locale());
    if (typeof document !== "undefined") document.documentElement.lang = i18n.locale();
  });
  return <I18nContext.Provider value={i18n}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n() needs an <I18nProvider> above it.");
  return i18n;
}
