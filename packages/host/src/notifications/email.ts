import type { NotificationLocale, RenderedNotification } from "@polku/trpc";

/** What every notification email ends with, in the recipient's language. */
const words: Record<NotificationLocale, { link: string; footer: string }> = {
  fi: {
    link: "Avaa Polussa:",
    footer: "Tämä on automaattinen viesti; siihen vastaaminen sähköpostilla ei välity.",
  },
  sv: {
    link: "Öppna i Polku:",
    footer: "Detta är ett automatiskt meddelande; svar per e-post når inte fram.",
  },
  en: {
    link: "Open in Polku:",
    footer: "This is an automatic message; replies by email are not delivered.",
  },
};

/** A rendered notification as an email: its body, the portal link where it has one, and the footer. */
export function composeEmail(
  rendered: RenderedNotification,
  locale: NotificationLocale,
  portalUrl: string | null,
): { subject: string; text: string } {
  const { link, footer } = words[locale];
  const url = portalUrl && rendered.path ? `${portalUrl.replace(/\/$/, "")}${rendered.path}` : null;
  const text = [rendered.body, ...(url ? ["", `${link} ${url}`] : []), "", footer].join("\n");
  return { subject: rendered.subject, text };
}
