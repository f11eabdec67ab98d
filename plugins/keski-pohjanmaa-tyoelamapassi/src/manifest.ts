import { defineManifest } from "@polku/plugin-sdk/manifest";

export const manifest = defineManifest({
  id: "keski-pohjanmaa-tyoelamapassi",
  version: "0.1.0",
  region: "keski-pohjanmaa",
  title: {
    fi: "keski-pohjanmaa-tyoelamapassi",
    sv: "keski-pohjanmaa-tyoelamapassi",
    en: "keski-pohjanmaa-tyoelamapassi",
  },
  requires: [],
  permissions: {
    "keski-pohjanmaa-tyoelamapassi.read": ["tutor", "teacher", "manager"],
    "keski-pohjanmaa-tyoelamapassi.write": ["tutor", "teacher"],
  },
  // A grant of this scope (on the student's or a guardian's consent) opens the entries to a partner.
  grantScopes: ["keski-pohjanmaa-tyoelamapassi"],
  publicRoutes: ["GET /about"],
});
