/**
 * How an absence notice reads, in the guardian's language: the core's notification worker renders it
 * for the email and the inbox (and adds the portal link and the footer). Pure, so its wording is tested
 * without a mail server.
 */
import { defineTemplate, type NotificationLocale } from "@polku/plugin-sdk/server";
import { Schema } from "effect";

const NoticeLine = Schema.Struct({
  studentId: Schema.String,
  name: Schema.String,
  /** Lessons marked absent; "" is the whole day. */
  lessons: Schema.Array(Schema.String),
});
export type NoticeLine = typeof NoticeLine.Type;

const NoticeData = Schema.Struct({
  day: Schema.String,
  guardianFirstName: Schema.NullOr(Schema.String),
  providerName: Schema.String,
  lines: Schema.Array(NoticeLine),
});
export type NoticeData = typeof NoticeData.Type;

/** 2026-11-24 → 24.11.2026, as Finns (and Swedish speakers in Finland) write dates. */
export const finnishDate = (day: string): string => {
  const [year, month, date] = day.split("-");
  return `${Number(date)}.${Number(month)}.${year}`;
};

const words: Record<
  NotificationLocale,
  {
    subject: string;
    hello: (name: string | null) => string;
    intro: (provider: string, date: string) => string;
    wholeDay: string;
    lessons: string;
    reason: string;
  }
> = {
  fi: {
    subject: "Poissaoloilmoitus",
    hello: (name) => (name ? `Hei ${name},` : "Hei,"),
    intro: (provider, date) => `${provider} ilmoittaa selvittämättömistä poissaoloista ${date}:`,
    wholeDay: "koko päivä",
    lessons: "oppitunnit",
    reason:
      "Jos poissaololle on syy, kerrothan sen vastaamalla ilmoitukseen Polussa tai olemalla yhteydessä omaohjaajaan.",
  },
  sv: {
    subject: "Frånvaroanmälan",
    hello: (name) => (name ? `Hej ${name},` : "Hej,"),
    intro: (provider, date) => `${provider} meddelar om oförklarad frånvaro ${date}:`,
    wholeDay: "hela dagen",
    lessons: "lektionerna",
    reason:
      "Om det finns en orsak till frånvaron, berätta den genom att svara på anmälan i Polku eller kontakta den egna handledaren.",
  },
  en: {
    subject: "Absence notice",
    hello: (name) => (name ? `Hello ${name},` : "Hello,"),
    intro: (provider, date) => `${provider} reports unexplained absences on ${date}:`,
    wholeDay: "the whole day",
    lessons: "lessons",
    reason:
      "If there is a reason for the absence, please tell it by replying to the notice in Polku or by contacting the personal tutor.",
  },
};

export function renderNotice(data: NoticeData, locale: NotificationLocale) {
  const w = words[locale];
  const date = finnishDate(data.day);
  const lessonsText = (lessons: readonly string[]) =>
    lessons.includes("") ? w.wholeDay : `${w.lessons} ${lessons.join(", ")}`;
  const body = [
    w.hello(data.guardianFirstName),
    "",
    w.intro(data.providerName, date),
    "",
    ...data.lines.map((l) => `- ${l.name}: ${lessonsText(l.lessons)}`),
    "",
    w.reason,
  ].join("\n");
  return {
    subject: `${w.subject} ${date}: ${data.lines.map((l) => l.name).join(", ")}`,
    body,
    path: "/p/lappi-valmennus/notices",
  };
}

/** The day's notice to one guardian: recorded and kept current by the marks (see record.ts). */
export const absenceNotice = defineTemplate("lappi-valmennus.absenceNotice", NoticeData, renderNotice);
