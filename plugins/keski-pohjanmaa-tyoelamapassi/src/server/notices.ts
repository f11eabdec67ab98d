/**
 * What the learner hears of each decision on their badge, through the core's notifications (inbox and
 * email, in their language): approved and issued (one message: approving issues at once), returned with
 * the assessor's reason, revoked with the reason. Recorded in the deciding transaction by the plugin's
 * definer function (a company's contact decides too, and polku.notify takes only the provider's staff).
 */
import { type Database, rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import { defineTemplate, type NotificationLocale } from "@polku/plugin-sdk/server";
import { Schema } from "effect";

const path = "/p/keski-pohjanmaa-tyoelamapassi";
const NameWords = Schema.Struct({
  fi: Schema.String,
  sv: Schema.optional(Schema.String),
  en: Schema.optional(Schema.String),
});
const Issued = Schema.Struct({ badgeName: NameWords });
const WithReason = Schema.Struct({ badgeName: NameWords, reason: Schema.String });
type Name = typeof NameWords.Type;
const nameIn = (name: Name, locale: NotificationLocale) =>
  locale === "fi" ? name.fi : (name[locale] ?? name.fi);

export const badgeIssued = defineTemplate(
  "keski-pohjanmaa-tyoelamapassi.badgeIssued",
  Issued,
  (data, locale) => {
    const name = nameIn(data.badgeName, locale);
    return {
      fi: {
        subject: `Näyttösi hyväksyttiin: merkki ${name} on myönnetty`,
        body: `Arvioija hyväksyi näyttösi, ja sinulle on myönnetty merkki ${name}. Voit ladata sen ja jakaa sen työelämäpassistasi.`,
        path,
      },
      sv: {
        subject: `Dina bevis godkändes: märket ${name} har beviljats`,
        body: `Bedömaren godkände dina bevis och du har beviljats märket ${name}. Du kan ladda ner det och dela det från ditt arbetslivspass.`,
        path,
      },
      en: {
        subject: `Your evidence was approved: the badge ${name} is issued`,
        body: `The assessor approved your evidence and you have been issued the badge ${name}. You can download it and share it from your work-life passport.`,
        path,
      },
    }[locale];
  },
);

export const evidenceReturned = defineTemplate(
  "keski-pohjanmaa-tyoelamapassi.evidenceReturned",
  WithReason,
  (data, locale) => {
    const name = nameIn(data.badgeName, locale);
    return {
      fi: {
        subject: `Merkin ${name} näyttö palautettiin täydennettäväksi`,
        body: `Arvioija palautti merkin ${name} näytön. Syy: ${data.reason} Täydennä näyttöä ja lähetä merkki uudelleen arvioitavaksi.`,
        path,
      },
      sv: {
        subject: `Bevisen för märket ${name} returnerades för komplettering`,
        body: `Bedömaren returnerade bevisen för märket ${name}. Orsak: ${data.reason} Komplettera bevisen och skicka märket för bedömning igen.`,
        path,
      },
      en: {
        subject: `The evidence for the badge ${name} was returned`,
        body: `The assessor returned the evidence for the badge ${name}. Reason: ${data.reason} Add to your evidence and send the badge to be assessed again.`,
        path,
      },
    }[locale];
  },
);

export const badgeRevoked = defineTemplate(
  "keski-pohjanmaa-tyoelamapassi.badgeRevoked",
  WithReason,
  (data, locale) => {
    const name = nameIn(data.badgeName, locale);
    return {
      fi: {
        subject: `Merkki ${name} on peruttu`,
        body: `Oppilaitoksesi perui sinulle myönnetyn merkin ${name}. Syy: ${data.reason} Merkki ei enää läpäise tarkistusta.`,
        path,
      },
      sv: {
        subject: `Märket ${name} har återkallats`,
        body: `Din läroanstalt återkallade märket ${name} som du beviljats. Orsak: ${data.reason} Märket godkänns inte längre vid kontrollen.`,
        path,
      },
      en: {
        subject: `The badge ${name} has been revoked`,
        body: `Your education provider revoked the badge ${name} issued to you. Reason: ${data.reason} The badge no longer passes verification.`,
        path,
      },
    }[locale];
  },
);

export const noticeTemplates = [badgeIssued, evidenceReturned, badgeRevoked];

type Pursuit = { providerId: string; id: string };
type Notice = { what: "badgeIssued" | "evidenceReturned" | "badgeRevoked" };

/**
 * Records the notice of a decision just made on `pursuit`, for its learner. The definer function words
 * it from the badge's version and the reason the decision recorded, never from data of the caller's.
 */
export async function notifyLearner(tx: Database, pursuit: Pursuit, notice: Notice) {
  rowsOf(
    await tx.execute(
      sql`select keski_pohjanmaa_tyoelamapassi.notify_learner(${pursuit.providerId}::uuid, ${pursuit.id}::uuid, ${notice.what}, '{}'::jsonb)`,
    ),
  );
}
