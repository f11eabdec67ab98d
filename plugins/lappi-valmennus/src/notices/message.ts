/**
 * The email of one absence notice, in Finnish (the guardian's language is not known; the portal shows
 * the same notice in Swedish and English). Pure, so its wording is tested without a mail server.
 */
export interface NoticeLine {
  readonly studentId: string;
  readonly name: string;
  /** Lessons marked absent; "" is the whole day. */
  readonly lessons: readonly string[];
}

export interface NoticeMessage {
  readonly subject: string;
  readonly text: string;
}

/** 2026-11-24 → 24.11.2026, as Finns write dates. */
export const finnishDate = (day: string): string => {
  const [year, month, date] = day.split("-");
  return `${Number(date)}.${Number(month)}.${year}`;
};

const lessonsText = (lessons: readonly string[]) =>
  lessons.includes("") ? "koko päivä" : `oppitunnit ${lessons.join(", ")}`;

export function composeNotice(input: {
  readonly day: string;
  readonly guardianFirstName: string | null;
  readonly providerName: string;
  readonly lines: readonly NoticeLine[];
  readonly portalUrl: string | null;
}): NoticeMessage {
  const date = finnishDate(input.day);
  const names = input.lines.map((l) => l.name).join(", ");
  const text = [
    input.guardianFirstName ? `Hei ${input.guardianFirstName},` : "Hei,",
    "",
    `${input.providerName} ilmoittaa selvittämättömistä poissaoloista ${date}:`,
    "",
    ...input.lines.map((l) => `- ${l.name}: ${lessonsText(l.lessons)}`),
    "",
    "Jos poissaololle on syy, kerrothan sen vastaamalla ilmoitukseen Polussa tai olemalla yhteydessä omaohjaajaan.",
    ...(input.portalUrl
      ? [
          "",
          `Kuittaa ilmoitus ja vastaa siihen: ${input.portalUrl.replace(/\/$/, "")}/p/lappi-valmennus/notices`,
        ]
      : []),
    "",
    "Tämä on automaattinen viesti; siihen vastaaminen sähköpostilla ei välity.",
  ].join("\n");
  return { subject: `Poissaoloilmoitus ${date}: ${names}`, text };
}
