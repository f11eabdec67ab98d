import type { ErrorTranslations } from "@polku/plugin-sdk/server";

/**
 * The plugin's failure messages in Finnish and Swedish, keyed by the English the plugin raises them
 * in: the host says each in the person's language. test/error-translations.test.ts fails on one left out.
 */
export const errorTranslations: ErrorTranslations = {
  fi: {
    "The meeting was not found.": "Tapaamista ei löytynyt.",
    "The meeting has been cancelled already.": "Tapaaminen on jo peruttu.",
    "Name the training.": "Anna koulutukselle nimi.",
    "Choose at least one role for the partner.": "Valitse kumppanille vähintään yksi rooli.",
    "Write down what was agreed.": "Kirjaa, mitä sovittiin.",
    "The training is closed already.": "Koulutus on jo päätetty.",
    "endsOn: the training ends before it starts.": "endsOn: koulutus päättyy ennen kuin se alkaa.",
    "Only a provider's staff arrange trainings.":
      "Koulutuksia järjestää vain koulutuksen järjestäjän henkilöstö.",
    "organisationId: choose a partner organisation.": "organisationId: valitse kumppaniorganisaatio.",
    "The training was not found.": "Koulutusta ei löytynyt.",
    "The partner of the training was not found.": "Koulutuksen kumppania ei löytynyt.",
    "The learner was not found.": "Oppijaa ei löytynyt.",
    "The student was not found.": "Opiskelijaa ei löytynyt.",
    "The item was not found.": "Asiaa ei löytynyt.",
    "The consent was not found.": "Suostumusta ei löytynyt.",
    "Write the learner's everyday challenge.": "Kirjaa oppijan arjen haaste.",
    "Write the learner's personal goal.": "Kirjaa oppijan henkilökohtainen tavoite.",
    "Write what is still to be solved.": "Kirjaa, mikä on vielä ratkaisematta.",
    "studentId: the training is for adults; this student is a minor.":
      "studentId: koulutus on aikuisille, ja tämä opiskelija on alaikäinen.",
    "The student is a learner of this training already.": "Opiskelija on jo tämän koulutuksen oppija.",
    "Give the time as HH:MM.": "Anna kellonaika muodossa HH:MM.",
    "Say what the meeting is about.": "Kerro, mistä tapaamisessa on kyse.",
    "endTime: the meeting ends before it starts.": "endTime: tapaaminen päättyy ennen kuin se alkaa.",
    "date: the meeting would start in the past.": "date: tapaaminen alkaisi menneisyydessä.",
    "Act for an organisation to make a calendar feed.": "Kalenterin tilaus tehdään organisaation edustajana.",
    "The calendar feed was not found.": "Kalenterin tilausta ei löytynyt.",
  },
  sv: {
    "The meeting was not found.": "Mötet hittades inte.",
    "The meeting has been cancelled already.": "Mötet har redan avbokats.",
    "Name the training.": "Ge utbildningen ett namn.",
    "Choose at least one role for the partner.": "Välj minst en roll för partnern.",
    "Write down what was agreed.": "Skriv ner vad som avtalades.",
    "The training is closed already.": "Utbildningen är redan avslutad.",
    "endsOn: the training ends before it starts.": "endsOn: utbildningen slutar innan den börjar.",
    "Only a provider's staff arrange trainings.": "Bara utbildningsanordnarens personal ordnar utbildningar.",
    "organisationId: choose a partner organisation.": "organisationId: välj en partnerorganisation.",
    "The training was not found.": "Utbildningen hittades inte.",
    "The partner of the training was not found.": "Utbildningens partner hittades inte.",
    "The learner was not found.": "Deltagaren hittades inte.",
    "The student was not found.": "Den studerande hittades inte.",
    "The item was not found.": "Saken hittades inte.",
    "The consent was not found.": "Samtycket hittades inte.",
    "Write the learner's everyday challenge.": "Skriv den studerandes utmaning i vardagen.",
    "Write the learner's personal goal.": "Skriv den studerandes personliga mål.",
    "Write what is still to be solved.": "Skriv vad som ännu ska lösas.",
    "studentId: the training is for adults; this student is a minor.":
      "studentId: utbildningen är för vuxna, och den här studerande är minderårig.",
    "The student is a learner of this training already.": "Den studerande deltar redan i utbildningen.",
    "Give the time as HH:MM.": "Ange klockslaget som HH:MM.",
    "Say what the meeting is about.": "Berätta vad mötet gäller.",
    "endTime: the meeting ends before it starts.": "endTime: mötet slutar innan det börjar.",
    "date: the meeting would start in the past.": "date: mötet skulle börja i det förflutna.",
    "Act for an organisation to make a calendar feed.":
      "En kalenderprenumeration görs som representant för en organisation.",
    "The calendar feed was not found.": "Kalenderprenumerationen hittades inte.",
  },
};
