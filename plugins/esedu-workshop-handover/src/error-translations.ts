import type { ErrorTranslations } from "@polku/plugin-sdk/server";

/** The plugin's messages in Finnish and Swedish (the host says them in the request's language). */
export const errorTranslations: ErrorTranslations = {
  fi: {
    "Write the goal in words.": "Kirjoita tavoite sanoin.",
    "Write how the trial went.": "Kirjoita, miten työkokeilu sujui.",
    "Give the number of the subsidy decision.": "Anna palkkatukipäätöksen numero.",
    "The service agreement does not include wage-subsidised work.":
      "Palvelusopimukseen ei kuulu palkkatuettu työ.",
    "employerId: choose the employer.": "employerId: valitse työnantaja.",
    "unitCodes: choose units of the coachee's qualification.":
      "unitCodes: valitse valmennettavan tutkinnon osia.",
    "The wage-subsidised work was not found.": "Palkkatuettua työtä ei löytynyt.",
    "The unit is not part of this work.": "Tutkinnon osa ei kuulu tähän työhön.",
    "The self-assessment is answered already.": "Itsearvioon on jo vastattu.",
    "startsAt: give a date and a time.": "startsAt: anna päivä ja kellonaika.",
    "startsAt: that time does not exist in Finland.":
      "startsAt: tätä kellonaikaa ei ole Suomessa (kesäaikaan siirtyminen).",
    "Only a workshop's or a company's staff keep a feed.":
      "Kalenterisyötteen voi luoda vain työpajan tai yrityksen henkilöstö.",
    "The calendar feed was not found.": "Kalenterisyötettä ei löytynyt.",
    "The competence need was not found, or it is closed.":
      "Osaamistarvetta ei löytynyt, tai se on jo suljettu.",
    "Only an education provider's staff make service agreements.":
      "Palvelusopimuksia tekee vain koulutuksen järjestäjän henkilöstö.",
    "validUntil: the end is before the start.": "validUntil: päättymispäivä on ennen alkamispäivää.",
    "agreementId: choose a service agreement in force with this workshop.":
      "agreementId: valitse tämän työpajan kanssa voimassa oleva palvelusopimus.",
    "endsOn: the end date is before the start date.": "endsOn: päättymispäivä on ennen alkamispäivää.",
    "decisionDate: the subsidy decision is dated after the work ends.":
      "decisionDate: palkkatukipäätös on päivätty työn päättymisen jälkeen.",
    "agreedOn: a plan is agreed today or earlier.": "agreedOn: suunnitelma sovitaan tänään tai aiemmin.",
    "The consent does not cover work trials: ask the student for it before a company sees them.":
      "Suostumus ei kata työkokeiluja: pyydä opiskelijalta suostumus ennen kuin yritys näkee hänen tietonsa.",
    "The service agreement does not include work trials.": "Palvelusopimukseen eivät kuulu työkokeilut.",
    "companyId: choose a company.": "companyId: valitse yritys.",
    "The work trial was not found.": "Työkokeilua ei löytynyt.",
    "employmentMonths: say how many months the employment has lasted so far.":
      "employmentMonths: kerro, montako kuukautta työsuhde on tähän mennessä kestänyt.",
    "choose at least one service.": "valitse vähintään yksi palvelu.",
    "workshopId: choose a youth workshop.": "workshopId: valitse nuorten työpaja.",
    "The student has already been handed over to a workshop.": "Opiskelija on jo siirretty työpajalle.",
    "The handover has ended; nothing more can be recorded on it.":
      "Siirto työpajalle on päättynyt, eikä siihen voi enää kirjata mitään.",
    "The handover was not found.": "Siirtoa työpajalle ei löytynyt.",
  },
  sv: {
    "Write the goal in words.": "Skriv målet med ord.",
    "Write how the trial went.": "Skriv hur arbetsprövningen gick.",
    "Give the number of the subsidy decision.": "Ange numret på beslutet om lönesubvention.",
    "The service agreement does not include wage-subsidised work.":
      "Serviceavtalet omfattar inte arbete med lönesubvention.",
    "employerId: choose the employer.": "employerId: välj arbetsgivaren.",
    "unitCodes: choose units of the coachee's qualification.":
      "unitCodes: välj examensdelar i den coachades examen.",
    "The wage-subsidised work was not found.": "Arbetet med lönesubvention hittades inte.",
    "The unit is not part of this work.": "Examensdelen hör inte till detta arbete.",
    "The self-assessment is answered already.": "Självbedömningen är redan besvarad.",
    "startsAt: give a date and a time.": "startsAt: ange datum och klockslag.",
    "startsAt: that time does not exist in Finland.":
      "startsAt: det klockslaget finns inte i Finland (övergång till sommartid).",
    "Only a workshop's or a company's staff keep a feed.":
      "Endast en verkstads eller ett företags personal kan skapa ett kalenderflöde.",
    "The calendar feed was not found.": "Kalenderflödet hittades inte.",
    "The competence need was not found, or it is closed.":
      "Kompetensbehovet hittades inte, eller så är det redan stängt.",
    "Only an education provider's staff make service agreements.":
      "Endast utbildningsanordnarens personal ingår serviceavtal.",
    "validUntil: the end is before the start.": "validUntil: slutdatumet är före startdatumet.",
    "agreementId: choose a service agreement in force with this workshop.":
      "agreementId: välj ett gällande serviceavtal med denna verkstad.",
    "endsOn: the end date is before the start date.": "endsOn: slutdatumet är före startdatumet.",
    "decisionDate: the subsidy decision is dated after the work ends.":
      "decisionDate: lönestödsbeslutet är daterat efter att arbetet upphör.",
    "agreedOn: a plan is agreed today or earlier.": "agreedOn: en plan avtalas i dag eller tidigare.",
    "The consent does not cover work trials: ask the student for it before a company sees them.":
      "Samtycket omfattar inte arbetsprövningar: be den studerande om det innan ett företag ser uppgifterna.",
    "The service agreement does not include work trials.": "Serviceavtalet omfattar inte arbetsprövningar.",
    "companyId: choose a company.": "companyId: välj ett företag.",
    "The work trial was not found.": "Arbetsprövningen hittades inte.",
    "employmentMonths: say how many months the employment has lasted so far.":
      "employmentMonths: ange hur många månader anställningen har varat hittills.",
    "choose at least one service.": "välj minst en tjänst.",
    "workshopId: choose a youth workshop.": "workshopId: välj en ungdomsverkstad.",
    "The student has already been handed over to a workshop.":
      "Den studerande har redan överlämnats till en verkstad.",
    "The handover has ended; nothing more can be recorded on it.":
      "Överlämningen har avslutats, och inget mer kan registreras på den.",
    "The handover was not found.": "Överlämningen hittades inte.",
  },
};
