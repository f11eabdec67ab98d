import { defineEvent, defineTemplate } from "@polku/plugin-sdk/server";
import { Schema } from "effect";

/** Told to the deployment when an entry is added: other plugins may subscribe to it (`on(entryAdded, ...)`). */
export const entryAdded = defineEvent(
  "keski-pohjanmaa-tyoelamapassi.entryAdded",
  Schema.Struct({ providerId: Schema.String, studentId: Schema.String, entryId: Schema.String }),
);

/** The student's notification of a new entry, in their language (inbox and email). */
export const entryNotice = defineTemplate(
  "keski-pohjanmaa-tyoelamapassi.entryNotice",
  Schema.Struct({ count: Schema.Number }),
  (data, locale) =>
    ({
      fi: {
        subject: "Uusi merkintä: keski-pohjanmaa-tyoelamapassi",
        body: `Sinulle on ${data.count} merkintää.`,
      },
      sv: {
        subject: "Ny anteckning: keski-pohjanmaa-tyoelamapassi",
        body: `Du har ${data.count} anteckningar.`,
      },
      en: { subject: "New entry: keski-pohjanmaa-tyoelamapassi", body: `You have ${data.count} entries.` },
    })[locale],
);
