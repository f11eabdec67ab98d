import { render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { I18nProvider, useI18n } from "./context.tsx";
import { formatDateTime } from "./format.ts";
import { rememberedLocale } from "./locale.ts";
import { registerMessages } from "./registry.ts";

function Probe() {
  const { t, setLocale } = useI18n();
  return (
    <div>
      <p data-testid="core">{t("students.title")}</p>
      <p data-testid="param">{t("home.title", { name: "Aino" })}</p>
      <p data-testid="plugin">{t("test-plugin:greeting")}</p>
      {/* Formatted outside `t`, as many pages do: it still follows the page's language. */}
      <p data-testid="time">{formatDateTime("2026-11-24T12:05:00Z")}</p>
      <button type="button" onClick={() => setLocale("sv")}>
        sv
      </button>
    </div>
  );
}

describe("i18n", () => {
  afterEach(() => localStorage.clear());

  it("speaks Finnish by default, switches language, remembers it and sets <html lang>", async () => {
    registerMessages("test-plugin", {
      fi: { greeting: "Hei" },
      sv: { greeting: "Hej" },
      en: { greeting: "Hi" },
    });
    render(() => (
      <I18nProvider>
        <Probe />
      </I18nProvider>
    ));
    expect(screen.getByTestId("core").textContent).toBe("Opiskelijat");
    expect(screen.getByTestId("param").textContent).toBe("Tervetuloa, Aino");
    expect(screen.getByTestId("plugin").textContent).toBe("Hei");
    expect(document.documentElement.lang).toBe("fi");
    expect(screen.getByTestId("time").textContent).toBe("24.11.2026 klo 14.05");

    screen.getByRole("button", { name: "sv" }).click();
    expect(screen.getByTestId("core").textContent).toBe("Studerande");
    expect(screen.getByTestId("time").textContent).toBe("24.11.2026 kl. 14.05");
    expect(screen.getByTestId("plugin").textContent).toBe("Hej");
    expect(document.documentElement.lang).toBe("sv");
    expect(rememberedLocale()).toBe("sv");
  });

  it("updates text when a plugin registers its strings after the first render", () => {
    render(() => (
      <I18nProvider locale="en">
        <Probe />
      </I18nProvider>
    ));
    registerMessages("test-plugin", {
      fi: { greeting: "Moi" },
      sv: { greeting: "Tja" },
      en: { greeting: "Hello" },
    });
    expect(screen.getByTestId("plugin").textContent).toBe("Hello");
  });

  it("shows the key of a missing string rather than nothing", () => {
    render(() => (
      <I18nProvider>
        <p data-testid="missing">{useI18n().t("nobody:nothing")}</p>
      </I18nProvider>
    ));
    expect(screen.getByTestId("missing").textContent).toBe("nobody:nothing");
  });

  it("picks a plural form by the language's rules and writes the count in Finnish style", () => {
    registerMessages("plural-test", {
      fi: { students: "{count} opiskelijaa", "students#one": "{count} opiskelija", year: "Vuosi {count}" },
      sv: { students: "{count} studerande" },
      en: { students: "{count} students", "students#one": "{count} student" },
    });
    const shown: string[] = [];
    const Probe = () => {
      const { t, setLocale } = useI18n();
      shown.push(t("plural-test:students", { count: 1 }), t("plural-test:students", { count: 1234 }));
      shown.push(t("plural-test:students", { count: "1" }));
      setLocale("en");
      shown.push(t("plural-test:students", { count: 1 }), t("plural-test:students", { count: 2 }));
      return null;
    };
    render(() => (
      <I18nProvider locale="fi">
        <Probe />
      </I18nProvider>
    ));
    expect(shown).toEqual([
      "1 opiskelija",
      "1\u00a0234 opiskelijaa",
      "1 opiskelijaa",
      "1 student",
      "2 students",
    ]);
  });
});
