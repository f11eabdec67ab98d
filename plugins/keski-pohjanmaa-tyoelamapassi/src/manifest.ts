import { defineManifest } from "@polku/plugin-sdk/manifest";

export const manifest = defineManifest({
  id: "keski-pohjanmaa-tyoelamapassi",
  version: "0.1.0",
  region: "keski-pohjanmaa",
  title: { fi: "Työelämäpassi", sv: "Arbetslivspass", en: "Work-life passport" },
  description: {
    fi: "Maakunnan yhteinen suoritusmerkkien luettelo, näytöt ja arviointi, Open Badges 3.0 -merkit ja niiden tarkistus.",
    sv: "Landskapets gemensamma märkeskatalog, bevis och bedömning, Open Badges 3.0-märken och deras kontroll.",
    en: "The region's shared badge catalogue, evidence and assessment, Open Badges 3.0 badges and their verification.",
  },
  requires: [],
  permissions: {
    "keski-pohjanmaa-tyoelamapassi.catalogue.read": [
      "student",
      "guardian",
      "tutor",
      "teacher",
      "manager",
      "company_contact",
      "partner_contact",
      "workshop_coach",
    ],
    "keski-pohjanmaa-tyoelamapassi.catalogue.keep": ["teacher", "manager", "company_contact"],
    "keski-pohjanmaa-tyoelamapassi.learn": ["student", "guardian"],
    "keski-pohjanmaa-tyoelamapassi.assess": ["teacher", "company_contact"],
    "keski-pohjanmaa-tyoelamapassi.evidence.read": [
      "student",
      "guardian",
      "tutor",
      "teacher",
      "manager",
      "company_contact",
    ],
    "keski-pohjanmaa-tyoelamapassi.staff": ["tutor", "teacher", "manager"],
    "keski-pohjanmaa-tyoelamapassi.revoke": ["teacher", "manager"],
    "keski-pohjanmaa-tyoelamapassi.keys": ["manager"],
    "keski-pohjanmaa-tyoelamapassi.endorse": ["company_contact"],
    "keski-pohjanmaa-tyoelamapassi.credit.keep": ["partner_contact"],
  },
  // A learner's consent to a company's assessment makes a grant of this scope: it opens to that company
  // the pursuits it assesses, and nothing else of the learner's.
  grantScopes: ["badge-assessment"],
  publicRoutes: [
    "GET /issuers/:organisation/did.json",
    "GET /status/:organisation/:list",
    "POST /verify",
    "GET /verify",
    "GET /verify.js",
    "GET /verify.css",
    "GET /passport/:token",
  ],
});
