/** The plugin's strings in the three languages; the portal registers them under the plugin id. */
export const fi = {
  "nav.title": "keski-pohjanmaa-tyoelamapassi",
  "page.title": "keski-pohjanmaa-tyoelamapassi",
  "page.student": "Opiskelija",
  "page.choose": "Valitse opiskelija…",
  "page.entries": "Merkinnät",
  "page.empty": "Ei merkintöjä.",
  "page.text": "Uusi merkintä",
  "page.save": "Tallenna",
  "page.saved": "Merkintä on tallennettu.",
} as const;

export type MessageKey = keyof typeof fi;

export const sv: Record<MessageKey, string> = {
  "nav.title": "keski-pohjanmaa-tyoelamapassi",
  "page.title": "keski-pohjanmaa-tyoelamapassi",
  "page.student": "Studerande",
  "page.choose": "Välj studerande…",
  "page.entries": "Anteckningar",
  "page.empty": "Inga anteckningar.",
  "page.text": "Ny anteckning",
  "page.save": "Spara",
  "page.saved": "Anteckningen har sparats.",
};

export const en: Record<MessageKey, string> = {
  "nav.title": "keski-pohjanmaa-tyoelamapassi",
  "page.title": "keski-pohjanmaa-tyoelamapassi",
  "page.student": "Student",
  "page.choose": "Choose a student…",
  "page.entries": "Entries",
  "page.empty": "No entries.",
  "page.text": "New entry",
  "page.save": "Save",
  "page.saved": "The entry is saved.",
};
