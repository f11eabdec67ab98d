import type { ErrorTranslations } from "@polku/plugin-sdk/server";

/** The plugin's messages in Finnish and Swedish (the host says them in the request's language). */
export const errorTranslations: ErrorTranslations = {
  fi: {
    "workshopId: choose a youth workshop.": "workshopId: valitse nuorten työpaja.",
    "The student has already been handed over to a workshop.": "Opiskelija on jo siirretty työpajalle.",
    "The handover has ended; nothing more can be recorded on it.":
      "Siirto työpajalle on päättynyt, eikä siihen voi enää kirjata mitään.",
    "The handover was not found.": "Siirtoa työpajalle ei löytynyt.",
  },
  sv: {
    "workshopId: choose a youth workshop.": "workshopId: välj en ungdomsverkstad.",
    "The student has already been handed over to a workshop.":
      "Den studerande har redan överlämnats till en verkstad.",
    "The handover has ended; nothing more can be recorded on it.":
      "Överlämningen har avslutats, och inget mer kan registreras på den.",
    "The handover was not found.": "Överlämningen hittades inte.",
  },
};
