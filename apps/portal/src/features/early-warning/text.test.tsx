import { I18nProvider, registerMessages, useI18n } from "@polku/ui";
import { render } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { en, fi, sv } from "./messages.ts";
import { FEATURE_ID, useEarlyWarningText } from "./text.ts";

describe("a warning's reason in words", () => {
  it("counts one day and one week in the singular in every language", () => {
    registerMessages(FEATURE_ID, { fi, sv, en });
    const shown: Record<string, string[]> = {};
    const Probe = () => {
      const { setLocale } = useI18n();
      const { reason, within } = useEarlyWarningText();
      for (const locale of ["fi", "sv", "en"] as const) {
        setLocale(locale);
        shown[locale] = [
          reason({ rule: "unexplained-absences", observed: 1, threshold: 1, windowDays: 1 }),
          reason({ rule: "unexplained-absences", observed: 3, threshold: 2, windowDays: 30 }),
          reason({ rule: "no-progress", observed: 1, threshold: 1, windowDays: null }),
          reason({ rule: "missed-coaching", observed: 2, threshold: 1, windowDays: 1 }),
          within(1),
        ];
      }
      return null;
    };
    render(() => (
      <I18nProvider locale="fi">
        <Probe />
      </I18nProvider>
    ));
    expect(shown.fi).toEqual([
      "Selvittämättömiä poissaoloja 1 päivänä viimeisen päivän aikana (raja: 1).",
      "Selvittämättömiä poissaoloja 3 päivänä viimeisten 30 päivän aikana (raja: 2).",
      "Ei edistymistä missään tutkinnon osassa 1 viikkoon (raja: 1 viikko).",
      "Väliin jääneitä ohjauskertoja viimeisen päivän aikana: 2 (raja: 1).",
      "1 päivän aikana",
    ]);
    expect(shown.sv).toEqual([
      "Oförklarad frånvaro på 1 dag under den senaste dagen (gräns: 1).",
      "Oförklarad frånvaro på 3 dagar under de senaste 30 dagarna (gräns: 2).",
      "Inga framsteg i någon examensdel på 1 vecka (gräns: 1 vecka).",
      "Missade handledningstillfällen under den senaste dagen: 2 (gräns: 1).",
      "på 1 dag",
    ]);
    expect(shown.en).toEqual([
      "Unexplained absences on 1 day in the last day (threshold: 1).",
      "Unexplained absences on 3 days in the last 30 days (threshold: 2).",
      "No progress in any qualification unit for 1 week (threshold: 1 week).",
      "Missed coaching sessions in the last day: 2 (threshold: 1).",
      "in 1 day",
    ]);
  });
});
