import { describe, expect, it } from "vitest";
import { makeErrorTranslator, requestLocale } from "./error-text.ts";

const translations = {
  fi: {
    "The student was not found.": "Opiskelijaa ei löytynyt.",
    "endsOn: the end date is before the start date.": "endsOn: loppupäivä on ennen alkupäivää.",
    "the end date is before the start date.": "loppupäivä on ennen alkupäivää.",
    "A group holds at most {} students.": "Ryhmässä on enintään {0} opiskelijaa.",
    "{} is in the future: record it for today ({}) or earlier.":
      "{0} on tulevaisuudessa: kirjaa se tälle päivälle ({1}) tai aiemmalle.",
    "Line {}, column {}: {}": "Rivi {0}, sarake {1}: {2}",
    "Write the note.": "Kirjoita muistiinpano.",
    "A share is {}.": "Osuus on {0}.",
    "This text is too long: keep it to {} characters at most.":
      "Teksti on liian pitkä: enintään {0} merkkiä.",
  },
  sv: { "The student was not found.": "Den studerande hittades inte." },
};

describe("requestLocale", () => {
  it("takes the first of our languages by preference, English without one", () => {
    expect(requestLocale("fi")).toBe("fi");
    expect(requestLocale("sv-FI,sv;q=0.9,en;q=0.8")).toBe("sv");
    expect(requestLocale("de-DE,en;q=0.5,fi;q=0.7")).toBe("fi");
    expect(requestLocale("fi;q=0,sv")).toBe("sv");
    expect(requestLocale("de")).toBe("en");
    expect(requestLocale(undefined)).toBe("en");
    expect(requestLocale("")).toBe("en");
  });
});

describe("makeErrorTranslator", () => {
  const missed: string[] = [];
  const say = makeErrorTranslator([translations], (message) => missed.push(message));

  it("says a message as it is in English", () => {
    expect(say("The student was not found.", "en")).toBe("The student was not found.");
  });

  it("finds a whole message, a template's values and a field's message", () => {
    expect(say("The student was not found.", "fi")).toBe("Opiskelijaa ei löytynyt.");
    expect(say("The student was not found.", "sv")).toBe("Den studerande hittades inte.");
    expect(say("A group holds at most 200 students.", "fi")).toBe("Ryhmässä on enintään 200 opiskelijaa.");
    expect(say("validUntil: the end date is before the start date.", "fi")).toBe(
      "validUntil: loppupäivä on ennen alkupäivää.",
    );
  });

  it("writes dates, decimals and thousands the Finnish way", () => {
    expect(say("2027-03-05 is in the future: record it for today (2026-12-02) or earlier.", "fi")).toBe(
      "5.3.2027 on tulevaisuudessa: kirjaa se tälle päivälle (2.12.2026) tai aiemmalle.",
    );
    expect(say("A share is 0.25.", "fi")).toBe("Osuus on 0,25.");
    expect(say("This text is too long: keep it to 10,000 characters at most.", "fi")).toBe(
      "Teksti on liian pitkä: enintään 10\u00a0000 merkkiä.",
    );
  });

  it("finds a lower-case message shown as a sentence, and says it as one", () => {
    expect(say("The end date is before the start date.", "fi")).toBe("Loppupäivä on ennen alkupäivää.");
  });

  it("translates a message placed inside another", () => {
    expect(say("Line 3, column pvm: Write the note.", "fi")).toBe(
      "Rivi 3, sarake pvm: Kirjoita muistiinpano.",
    );
  });

  it("says a general sentence, never English, for a message it has no words for", () => {
    missed.length = 0;
    expect(say("Something new went wrong.", "fi")).toBe("Tieto ei kelpaa: tarkista se ja yritä uudelleen.");
    expect(say("name: something new.", "sv")).toBe(
      "name: Uppgiften godkänns inte: kontrollera den och försök igen.",
    );
    expect(missed).toEqual(["Something new went wrong.", "name: something new."]);
  });
});
