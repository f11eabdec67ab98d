import { useI18n } from "@polku/ui";

/** A catalogue text in the reader's language, in Finnish where it was not written in theirs. */
export function useWords() {
  const { locale } = useI18n();
  return (w: { fi: string; sv?: string | undefined; en?: string | undefined } | null | undefined) =>
    w ? ((locale() === "fi" ? w.fi : w[locale()]) ?? w.fi) : "";
}

export const pluginId = "keski-pohjanmaa-tyoelamapassi";
