import { defineManifest } from "@polku/plugin-sdk/manifest";

export const manifest = defineManifest({
  id: "esedu-workshop-handover",
  version: "0.1.0",
  region: "etela-savo",
  title: {
    fi: "Valmistuvan opiskelijan jatkopolutus",
    sv: "Fortsatt stig för utexaminerade",
    en: "Continuation path for graduates",
  },
  description: {
    fi: "Työpaja ottaa vastaan valmistuvan opiskelijan, jolla ei ole työ- tai opiskelupaikkaa.",
    sv: "En verkstad tar emot en studerande som utexamineras utan arbets- eller studieplats.",
    en: "A youth workshop takes over a graduating student who has no job or study place.",
  },
  requires: [],
  permissions: {
    "handover.create": ["tutor", "manager"],
    "handover.read": ["tutor", "manager", "workshop_coach"],
    "handover.record": ["workshop_coach"],
    "handover.withdraw": ["tutor", "manager", "student", "guardian"],
    // The continuation plan made before graduation, in the student's goals on the student page.
    "continuationPlan.read": ["tutor", "manager", "student", "guardian"],
    "agreement.manage": ["manager"],
    "agreement.read": ["tutor", "manager", "workshop_coach"],
    // A company contact sees a coachee only during a work trial with it, through the trial's own grant.
    "trial.feedback": ["company_contact"],
    // Meetings, work trials and deadlines as an iCalendar feed behind an unguessable, revocable token.
    "calendar.feed": ["workshop_coach", "company_contact"],
    // The coachee's own anonymous end-of-period self-assessment.
    "selfAssessment.answer": ["student"],
  },
  // `work-trial`: made when the workshop records a trial (on a consent that covers it), ending with it.
  grantScopes: ["handover", "work-trial"],
  publicRoutes: ["GET /calendar/:token"],
});
