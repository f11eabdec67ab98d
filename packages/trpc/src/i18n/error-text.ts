/**
 * Failures reach a person in their language. The server's messages are written in English where
 * they are raised (the domain's checks, the routers', the plugins'); this is where they become Finnish
 * or Swedish, on their way out of the error formatter, for the language the request asks for.
 *
 * A translation is keyed by the English message as the source writes it, with `{}` for each value the
 * source puts in (`${...}` in a template); the translation places those values as `{0}`, `{1}`, ...
 * A test extracts every message from the sources and fails on one without a translation
 * (`untranslatedMessages`), so a new message cannot ship in English only.
 */

export const errorLocales = ["fi", "sv", "en"] as const;
export type ErrorLocale = (typeof errorLocales)[number];

/** English message (with `{}` for values) -> translation (with `{0}`, `{1}`, ...), per language. */
export interface ErrorTranslations {
  readonly fi: Readonly<Record<string, string>>;
  readonly sv: Readonly<Record<string, string>>;
}

/** Says one message in a language; English returns it as it is. */
export type ErrorTextTranslator = (message: string, locale: ErrorLocale) => string;

/**
 * The language of a request's `Accept-Language` (the portal sends the person's choice). Without one
 * of ours in it, English: the API's callers that are programs read the messages as written.
 */
export function requestLocale(acceptLanguage: string | undefined): ErrorLocale {
  if (!acceptLanguage) return "en";
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", q: q ? Number(q) : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const found = ranked.find((entry) => (errorLocales as readonly string[]).includes(entry.language));
  return (found?.language as ErrorLocale | undefined) ?? "en";
}

/** What a person is told when a message has no translation: better a true general sentence than English. */
export const fallbackSentence: Record<Exclude<ErrorLocale, "en">, string> = {
  fi: "Tieto ei kelpaa: tarkista se ja yritä uudelleen.",
  sv: "Uppgiften godkänns inte: kontrollera den och försök igen.",
};

/** A domain message may name its field first, the domain's way: "endsOn: the end date is ...". */
const FIELD_PREFIX = /^([A-Za-z][\w.]*): ([\s\S]+)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A value placed into a Finnish or Swedish sentence: dates and decimals in the local form. */
function localValue(value: string): string {
  const date = ISO_DATE.exec(value);
  if (date) return `${Number(date[3])}.${Number(date[2])}.${date[1]}`;
  if (/^-?\d+\.\d+$/.test(value)) return value.replace(".", ",");
  // English thousands ("1,000") as Finnish and Swedish write them, with a no-break space.
  if (/^\d{1,3}(,\d{3})+$/.test(value)) return value.replaceAll(",", "\u00a0");
  return value;
}

interface Template {
  readonly pattern: RegExp;
  readonly translation: string;
}

function compile(table: Readonly<Record<string, string>>) {
  const exact = new Map<string, string>();
  const templates: Template[] = [];
  for (const [english, translation] of Object.entries(table)) {
    if (!english.includes("{}")) {
      exact.set(english, translation);
      continue;
    }
    // A value may be empty (`"" is not a date`).
    const pattern = english.split("{}").map(escapeRegExp).join("([\\s\\S]*?)");
    templates.push({ pattern: new RegExp(`^${pattern}$`), translation });
  }
  // The most specific (longest fixed text) first, so "{} was not found." loses to a longer match.
  templates.sort((a, b) => b.pattern.source.length - a.pattern.source.length);
  return { exact, templates };
}

/**
 * One translator for the deployment, from the core's translations and each plugin's. A message
 * without a translation becomes the general sentence of the language; `onMissing` hears of it.
 */
export function makeErrorTranslator(
  sets: readonly (ErrorTranslations | undefined)[],
  onMissing?: (message: string, locale: ErrorLocale) => void,
): ErrorTextTranslator {
  const merged = { fi: {} as Record<string, string>, sv: {} as Record<string, string> };
  for (const set of sets) {
    if (!set) continue;
    Object.assign(merged.fi, set.fi);
    Object.assign(merged.sv, set.sv);
  }
  const tables = { fi: compile(merged.fi), sv: compile(merged.sv) };

  const lookup = (message: string, locale: "fi" | "sv"): string | undefined => {
    const table = tables[locale];
    const exact = table.exact.get(message);
    if (exact !== undefined) return exact;
    for (const template of table.templates) {
      const match = template.pattern.exec(message);
      if (!match) continue;
      // A value may itself be a message ("Line 3, column pvm: {message}"): said in the language too.
      return template.translation.replace(/\{(\d+)\}/g, (_, index: string) => {
        const value = match[Number(index) + 1] ?? "";
        return lookup(value, locale) ?? localValue(value);
      });
    }
    return undefined;
  };

  // A domain message raised lower-case ("minutes late are ...") is often shown as a sentence, with
  // its first letter raised (errors.ts `withField`): found under its own words, said as a sentence.
  const asRaised = (message: string, locale: "fi" | "sv") => {
    const found = lookup(message, locale);
    if (found !== undefined || !/^\p{Lu}/u.test(message)) return found;
    const lowered = lookup(message.charAt(0).toLowerCase() + message.slice(1), locale);
    return lowered === undefined ? undefined : lowered.charAt(0).toUpperCase() + lowered.slice(1);
  };

  return (message, locale) => {
    if (locale === "en") return message;
    const whole = asRaised(message, locale);
    if (whole !== undefined) return whole;
    const prefixed = FIELD_PREFIX.exec(message);
    if (prefixed) {
      const rest = asRaised(prefixed[2]!, locale);
      if (rest !== undefined) return `${prefixed[1]}: ${rest}`;
    }
    onMissing?.(message, locale);
    return prefixed ? `${prefixed[1]}: ${fallbackSentence[locale]}` : fallbackSentence[locale];
  };
}

/** The sentences the error formatter itself says around the messages. */
export const formatterText: Record<ErrorLocale, { invalidInput: string; internal: string; notJson: string }> =
  {
    en: {
      invalidInput: "Invalid input",
      internal: "Something went wrong on the server. Nothing was saved; please try again.",
      notJson: "The request body is not valid JSON.",
    },
    fi: {
      invalidInput: "Tarkista nämä kohdat",
      internal: "Palvelimella tapahtui virhe. Mitään ei tallennettu; yritä uudelleen.",
      notJson: "Pyynnön sisältö ei ole kelvollista JSONia.",
    },
    sv: {
      invalidInput: "Kontrollera dessa uppgifter",
      internal: "Ett fel inträffade på servern. Inget sparades; försök igen.",
      notJson: "Begärans innehåll är inte giltig JSON.",
    },
  };
