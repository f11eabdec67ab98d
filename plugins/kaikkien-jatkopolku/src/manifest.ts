import { defineManifest } from "@polku/plugin-sdk/manifest";

export const manifest = defineManifest({
  id: "kaikkien-jatkopolku",
  version: "0.1.0",
  region: "kaikkien",
  title: { fi: "Jatkopolutus", sv: "Fortsatt stig", en: "Continuation path" },
  description: {
    fi: "Kaikkien-mallin jatkopolutus: paikalliset kumppanit, oppijan jatkopolku ja jälkipalaute.",
    sv: "Kaikkien-modellens fortsatta stig: lokala partner, den studerandes fortsatta stig och uppföljande respons.",
    en: "The Kaikkien model's continuation path: local partners, each learner's continuation path and follow-up feedback.",
  },
  requires: [],
  permissions: {
    // The trainer's work: trainings, partners and their lifecycle, learners and their continuation paths.
    "jatkopolku.read": ["tutor", "teacher", "welfare", "manager"],
    "jatkopolku.write": ["tutor", "teacher"],
    // A partner contact sees the trainings the partner is in and the learners who agreed to it.
    "jatkopolku.partner": ["partner_contact"],
    // A calendar feed of one's meetings (a trainer's own trainings, a partner's partnerships).
    "jatkopolku.feed": ["tutor", "teacher", "partner_contact"],
  },
  // A learner's consent to share with a partner of a training: the grant the partner's view rests on.
  grantScopes: ["training-partner"],
  publicRoutes: ["GET /palaute/:token", "POST /palaute/:token", "GET /palaute.css", "GET /kalenteri/:token"],
});
