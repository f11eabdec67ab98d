import { defineManifest } from "@polku/plugin-sdk/manifest";

export const manifest = defineManifest({
  id: "__ID__",
  version: "0.1.0",
  region: "__REGION__",
  title: { fi: "__TITLE_FI__", sv: "__TITLE_SV__", en: "__TITLE_EN__" },
  requires: [],
  permissions: {
    "__ID__.read": ["tutor", "teacher", "manager"],
    "__ID__.write": ["tutor", "teacher"],
  },
  // A grant of this scope (on the student's or a guardian's consent) opens the entries to a partner.
  grantScopes: ["__ID__"],
  publicRoutes: ["GET /about"],
});
