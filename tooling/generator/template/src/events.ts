import { defineEvent, defineTemplate } from "@polku/plugin-sdk/server";
import { Schema } from "effect";

/** Told to the deployment when an entry is added: other plugins may subscribe to it (`on(entryAdded, ...)`). */
export const entryAdded = defineEvent(
  "__ID__.entryAdded",
  Schema.Struct({ providerId: Schema.String, studentId: Schema.String, entryId: Schema.String }),
);

/** The student's notification of a new entry, in their language (inbox and email). */
export const entryNotice = defineTemplate(
  "__ID__.entryNotice",
  Schema.Struct({ count: Schema.Number }),
  (data, locale) =>
    ({
      fi: { subject: "Uusi merkintä: __TITLE_FI__", body: `Sinulle on ${data.count} merkintää.` },
      sv: { subject: "Ny anteckning: __TITLE_SV__", body: `Du har ${data.count} anteckningar.` },
      en: { subject: "New entry: __TITLE_EN__", body: `You have ${data.count} entries.` },
    })[locale],
);
