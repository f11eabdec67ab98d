/** The inbox's strings, under "inbox"; loaded with the header (the link and its count are on every page). */
export const fi = {
  "nav.inbox": "Viestit",
  unreadWord: "lukematonta",
  title: "Viestit",
  intro:
    "Polun sinulle lähettämät ilmoitukset. Sama viesti on lähetetty myös sähköpostiisi, jos se on tiedossa.",
  list: "Viestit, uusin ensin",
  empty: "Ei viestejä.",
  unread: "Uusi",
  delivered: "Saapunut {time}",
  open: "Avaa",
  markRead: "Merkitse luetuksi",
  markAllRead: "Merkitse kaikki luetuiksi",
  more: "Näytä vanhempia",
  count: "{count} lukematonta",
  "count#one": "{count} lukematon",
  markedRead: "Viestit on merkitty luetuiksi.",
} as const;

export type MessageKey = keyof typeof fi;

export const sv: Record<MessageKey, string> = {
  "nav.inbox": "Meddelanden",
  unreadWord: "olästa",
  title: "Meddelanden",
  intro:
    "Meddelanden som Polku har skickat dig. Samma meddelande har också skickats till din e-post, om den är känd.",
  list: "Meddelanden, det nyaste först",
  empty: "Inga meddelanden.",
  unread: "Nytt",
  delivered: "Kom {time}",
  open: "Öppna",
  markRead: "Markera som läst",
  markAllRead: "Markera alla som lästa",
  more: "Visa äldre",
  count: "{count} olästa",
  "count#one": "{count} oläst",
  markedRead: "Meddelandena har markerats som lästa.",
};

export const en: Record<MessageKey, string> = {
  "nav.inbox": "Messages",
  unreadWord: "unread",
  title: "Messages",
  intro: "Notifications Polku has sent you. The same message also went to your email, if it is known.",
  list: "Messages, newest first",
  empty: "No messages.",
  unread: "New",
  delivered: "Arrived {time}",
  open: "Open",
  markRead: "Mark as read",
  markAllRead: "Mark all as read",
  more: "Show older",
  count: "{count} unread",
  "count#one": "{count} unread",
  markedRead: "The messages are marked as read.",
};
