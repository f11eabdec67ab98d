import { defineManifest } from "@polku/plugin-sdk/manifest";

export const manifest = defineManifest({
  id: "lappi-valmennus",
  version: "0.1.0",
  region: "lappi",
  title: { fi: "#Valmennus", sv: "#Valmennus", en: "#Valmennus" },
  description: {
    fi: "Ensimmäisen opiskeluvuoden valmennus monitoimijaisella tukijoukkueella, huoltajat mukana.",
    sv: "Coachning under det första studieåret av ett stödteam med flera aktörer, vårdnadshavarna med.",
    en: "First-year coaching by a multi-actor support team, with the guardians involved.",
  },
  requires: [],
  permissions: {
    // The start of studies: who is in the programme, the checklist, the screenings.
    "valmennus.checklist.read": ["tutor", "teacher", "welfare", "manager", "student", "guardian"],
    "valmennus.checklist.record": ["tutor", "teacher", "welfare"],
    "valmennus.participant.manage": ["tutor", "manager"],
    // Coaching plans per group, with the welfare staff's outreach visits.
    "valmennus.plan.read": ["tutor", "teacher", "welfare", "manager"],
    "valmennus.plan.write": ["tutor", "teacher", "welfare", "manager"],
    // Same-day absence notices to guardians of minors.
    "valmennus.notice.read": ["tutor", "teacher", "manager", "guardian"],
    "valmennus.notice.respond": ["guardian"],
    "valmennus.notice.configure": ["manager"],
    // Hours each team member gives the programme.
    "valmennus.hours.record": ["tutor", "teacher", "welfare", "manager"],
    "valmennus.hours.plan": ["manager"],
    // The pilot's metrics and feedback surveys.
    "valmennus.metrics.read": ["manager"],
    "valmennus.cohort.manage": ["manager"],
    "valmennus.survey.manage": ["manager"],
    "valmennus.survey.answer": ["student", "tutor", "teacher", "welfare"],
  },
});
