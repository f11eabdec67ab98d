import type { ErrorTranslations } from "@polku/plugin-sdk/server";

/**
 * The plugin's failure messages in Finnish and Swedish, keyed by the English the plugin raises them
 * in (`{}` for a value, placed as `{0}`, `{1}`, ...): the host says each in the person's language.
 * test/error-translations.test.ts fails on a message left out.
 */
export const errorTranslations: ErrorTranslations = {
  fi: { "Write the entry.": "Kirjoita merkintä." },
  sv: { "Write the entry.": "Skriv anteckningen." },
};
