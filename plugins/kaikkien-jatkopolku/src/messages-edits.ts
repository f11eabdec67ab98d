/**
 * The strings of editing a learner's goal and cancelling a meeting, and the counted forms of the home
 * card and the lists (`key#one` beside `key`), merged into messages.ts.
 */
export const fiEdits = {
  "card.running#one": "{count} käynnissä oleva koulutus",
  "card.running": "{count} käynnissä olevaa koulutusta",
  "card.gaps#one": "{count} muistilistan kohta kesken",
  "card.gaps": "{count} muistilistan kohtaa kesken",
  "trainings.status": "Tila",
  "training.feedbackNoAnswers": "Vastauksia ei ole vielä tullut.",
  "goal.edit": "Muokkaa tavoitetta ja jatkopolkua",
  "goal.saved": "Tavoite ja jatkopolku on tallennettu.",
  "meetings.status": "Tila",
  "meetings.active": "Varattu",
  "meetings.cancelledBy": "Peruttu {date} ({name})",
  "meetings.cancel": "Peru tapaaminen",
  "meetings.cancelWhich": "Peruttava tapaaminen",
  "meetings.cancelReason": "Perumisen syy (valinnainen)",
  "meetings.cancelDone": "Tapaaminen on peruttu. Se näkyy listalla perumistietoineen.",
  "meetings.cancelledOn": "peruttu {date}",
} as const;

export const svEdits: Record<keyof typeof fiEdits, string> = {
  "card.running#one": "{count} pågående utbildning",
  "card.running": "{count} pågående utbildningar",
  "card.gaps#one": "{count} punkt på minneslistan kvar",
  "card.gaps": "{count} punkter på minneslistan kvar",
  "trainings.status": "Status",
  "training.feedbackNoAnswers": "Inga svar har kommit ännu.",
  "goal.edit": "Redigera målet och den fortsatta stigen",
  "goal.saved": "Målet och den fortsatta stigen har sparats.",
  "meetings.status": "Status",
  "meetings.active": "Bokat",
  "meetings.cancelledBy": "Avbokat {date} ({name})",
  "meetings.cancel": "Avboka mötet",
  "meetings.cancelWhich": "Mötet som avbokas",
  "meetings.cancelReason": "Orsak till avbokningen (frivilligt)",
  "meetings.cancelDone": "Mötet har avbokats. Det syns i listan med uppgifterna om avbokningen.",
  "meetings.cancelledOn": "avbokat {date}",
};

export const enEdits: Record<keyof typeof fiEdits, string> = {
  "card.running#one": "{count} training running",
  "card.running": "{count} trainings running",
  "card.gaps#one": "{count} checklist item open",
  "card.gaps": "{count} checklist items open",
  "trainings.status": "Status",
  "training.feedbackNoAnswers": "No answers have come in yet.",
  "goal.edit": "Edit the goal and the continuation path",
  "goal.saved": "The goal and the continuation path have been saved.",
  "meetings.status": "Status",
  "meetings.active": "Booked",
  "meetings.cancelledBy": "Cancelled on {date} ({name})",
  "meetings.cancel": "Cancel the meeting",
  "meetings.cancelWhich": "The meeting to cancel",
  "meetings.cancelReason": "Reason for cancelling (optional)",
  "meetings.cancelDone":
    "The meeting has been cancelled. It stays on the list with who cancelled it and when.",
  "meetings.cancelledOn": "cancelled on {date}",
};
