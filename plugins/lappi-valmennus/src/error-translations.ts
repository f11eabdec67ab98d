import type { ErrorTranslations } from "@polku/plugin-sdk/server";

/** The plugin's messages in Finnish and Swedish (the host says them in the request's language). */
export const errorTranslations: ErrorTranslations = {
  fi: {
    "1 item of the plan falls outside these dates: move or delete it first.":
      "1 suunnitelman kohta on näiden päivien ulkopuolella: siirrä tai poista se ensin.",
    "{} items of the plan fall outside these dates: move or delete them first.":
      "{0} suunnitelman kohtaa on näiden päivien ulkopuolella: siirrä tai poista ne ensin.",
    "Write the goals: a sentence or two is enough.": "Kirjoita tavoitteet: lause tai kaksi riittää.",
    "Give the item a title, e.g. “Ryhmäytyspäivä”.": "Anna kohdalle otsikko, esim. ”Ryhmäytyspäivä”.",
    "Record from {} to {} hours for a day.": "Kirjaa päivälle {0}–{1} tuntia.",
    "Record hours in quarter hours, e.g. 1.25 or 1.5.":
      "Kirjaa tunnit varttitunnin tarkkuudella, esim. 1,25 tai 1,5.",
    "Hours are recorded for work already done: the date cannot be in the future.":
      "Tunnit kirjataan jo tehdystä työstä: päivä ei voi olla tulevaisuudessa.",
    "The term ends before it starts: check the end date.":
      "Jakso päättyy ennen kuin se alkaa: tarkista päättymispäivä.",
    "A term lasts at most {} days: make a plan per term.":
      "Jakso kestää enintään {0} päivää: tee suunnitelma jaksoittain.",
    "The date is outside the plan's term ({} – {}).":
      "Päivä on suunnitelman jakson ({0} – {1}) ulkopuolella.",
    "An item cannot be marked done on a day that has not come yet.":
      "Kohtaa ei voi merkitä tehdyksi päivälle, joka ei ole vielä tullut.",
    "Choose the welfare staff member who makes the visit.":
      "Valitse opiskeluhuollon työntekijä, joka tekee käynnin.",
    "An outreach visit is made by welfare staff: choose a kuraattori, psychologist or nurse of your provider.":
      "Etsivän käynnin tekee opiskeluhuollon työntekijä: valitse oman koulutuksen järjestäjäsi kuraattori, psykologi tai terveydenhoitaja.",
    "Choose a staff member of your provider.": "Valitse oman koulutuksen järjestäjäsi työntekijä.",
    "Keep the question to 300 characters.": "Kysymys saa olla enintään 300 merkkiä.",
    "Write the question.": "Kirjoita kysymys.",
    "Keep the title to 200 characters.": "Otsikko saa olla enintään 200 merkkiä.",
    "Write the title.": "Kirjoita otsikko.",
    "Keep an answer to {} characters.": "Vastaus saa olla enintään {0} merkkiä.",
    "A reply is at most {} characters.": "Vastaus on enintään {0} merkkiä.",
    "The student is not in the #Valmennus programme.": "Opiskelija ei ole mukana #Valmennus-ohjelmassa.",
    "The student was not found.": "Opiskelijaa ei löytynyt.",
    "Choose one of your own teaching groups.": "Valitse jokin omista opetusryhmistäsi.",
    "{} {} is already in the #Valmennus programme (cohort {}).":
      "{0} {1} on jo mukana #Valmennus-ohjelmassa (aloitusvuosi {2}).",
    "{} {} is already in the #Valmennus programme.": "{0} {1} on jo mukana #Valmennus-ohjelmassa.",
    "No reading screening result has been recorded for the student: record it first.":
      "Opiskelijalle ei ole kirjattu lukitestin tulosta: kirjaa se ensin.",
    "No maths screening result has been recorded for the student: record it first.":
      "Opiskelijalle ei ole kirjattu matematiikan testin tulosta: kirjaa se ensin.",
    "No screening result has been recorded for the student: record the results first.":
      "Opiskelijalle ei ole kirjattu luki- ja matematiikkatestin tuloksia: kirjaa tulokset ensin.",
    "{} is in the future: record it for today ({}) or earlier.":
      "{0} on tulevaisuudessa: kirjaa päiväksi tämä päivä ({1}) tai sitä aiempi päivä.",
    "A student who started on {} belongs to cohort {} (or {} for a spring start).":
      "Opiskelija, joka aloitti {0}, kuuluu vuoden {1} aloittajiin (keväällä aloittanut vuoden {2} aloittajiin).",
    "The results were gone through on {}, before the test was taken ({}).":
      "Tulokset on merkitty käydyiksi läpi {0}, eli ennen testin tekemistä ({1}). Tarkista päivämäärät.",
    "Only an education provider's staff can do this.":
      "Vain koulutuksen järjestäjän henkilöstö voi tehdä tämän.",
    "Plan whole hours from 0 to {}.": "Suunnittele tunnit kokonaislukuina väliltä 0–{0}.",
    "No entry of yours has this id.": "Sinulla ei ole merkintää, jolla on tämä tunniste.",
    "Only a manager reads the team's hours.": "Vain esihenkilö voi tarkastella tiimin tunteja.",
    "Enter a whole number of at least {}.": "Anna kokonaisluku, joka on vähintään {0}.",
    "Enter the year the cohort started, e.g. 2022.": "Anna aloitusvuosi, esimerkiksi 2022.",
    "The first year of the cohort {} is not over yet, so its figures are not known.":
      "Vuonna {0} aloittaneiden ensimmäinen opiskeluvuosi ei ole vielä päättynyt, joten sen lukuja ei vielä tiedetä.",
    "More students are still studying than started: check the counts.":
      "Yhä opiskelevia on enemmän kuin aloittaneita: tarkista määrät.",
    "Still studying and changed field together ({}) exceed the {} students who started.":
      "Yhä opiskelevia ja alaa vaihtaneita on yhteensä {0}, mikä on enemmän kuin aloittaneita opiskelijoita ({1}). Tarkista määrät.",
    "Add at least one question.": "Lisää vähintään yksi kysymys.",
    "A survey has at most {} questions.": "Kyselyssä voi olla enintään {0} kysymystä.",
    "The survey closes before it opens: check the dates.":
      "Kysely sulkeutuu ennen kuin se avautuu: tarkista päivämäärät.",
    "The survey would already be closed: choose a later closing day.":
      "Kysely olisi jo suljettu: valitse myöhäisempi sulkeutumispäivä.",
    "A survey has at most {} questions: answer each once.":
      "Kyselyssä on enintään {0} kysymystä: vastaa kuhunkin vain kerran.",
    "The survey has no such question.": "Kyselyssä ei ole tällaista kysymystä.",
    "Choose a value from 1 to 5.": "Valitse arvo väliltä 1–5.",
    "Answer in words.": "Vastaa sanallisesti.",
    "The survey was not found.": "Kyselyä ei löytynyt.",
    "You have already answered this survey: each person answers once.":
      "Olet jo vastannut tähän kyselyyn: kukin voi vastata vain kerran.",
    "The survey is open from {} to {}.": "Kysely on avoinna {0}–{1}.",
    "Write a reply.": "Kirjoita vastaus.",
    "Give the time as HH:MM, e.g. 15:00.": "Anna kellonaika muodossa HH:MM, esimerkiksi 15:00.",
    "No such notice.": "Poissaoloilmoitusta ei löytynyt.",
    "Only a provider's staff list notices by day.":
      "Vain koulutuksen järjestäjän henkilöstö voi tarkastella päivän poissaoloilmoituksia.",
    "Only a provider's managers set this.": "Tämä asetus kuuluu vain koulutuksen järjestäjän esihenkilöille.",
    "The coaching plan was not found.": "Valmennussuunnitelmaa ei löytynyt.",
    "The plan item was not found.": "Suunnitelman kohtaa ei löytynyt.",
    "The group already has a coaching plan for the term starting {}: open that plan and add to it.":
      "Ryhmällä on jo valmennussuunnitelma {0} alkavalle lukukaudelle: avaa se ja lisää siihen.",
    "Use a time in the form HH:MM, e.g. 09:30.": "Anna kellonaika muodossa HH:MM, esimerkiksi 09:30.",
    "No teaching group of your provider has this id.":
      "Koulutuksen järjestäjälläsi ei ole opetusryhmää, jolla on tämä tunniste.",
  },
  sv: {
    "1 item of the plan falls outside these dates: move or delete it first.":
      "1 punkt i planen ligger utanför dessa datum: flytta eller ta bort den först.",
    "{} items of the plan fall outside these dates: move or delete them first.":
      "{0} punkter i planen ligger utanför dessa datum: flytta eller ta bort dem först.",
    "Write the goals: a sentence or two is enough.": "Skriv målen: en mening eller två räcker.",
    "Give the item a title, e.g. “Ryhmäytyspäivä”.": "Ge punkten en rubrik, t.ex. ”Ryhmäytyspäivä”.",
    "Record from {} to {} hours for a day.": "Registrera {0}–{1} timmar för en dag.",
    "Record hours in quarter hours, e.g. 1.25 or 1.5.":
      "Registrera timmarna i kvartstimmar, t.ex. 1,25 eller 1,5.",
    "Hours are recorded for work already done: the date cannot be in the future.":
      "Timmar registreras för arbete som redan är gjort: datumet kan inte vara i framtiden.",
    "The term ends before it starts: check the end date.":
      "Perioden slutar innan den börjar: kontrollera slutdatumet.",
    "A term lasts at most {} days: make a plan per term.":
      "En period är högst {0} dagar: gör en plan per period.",
    "The date is outside the plan's term ({} – {}).": "Datumet ligger utanför planens period ({0} – {1}).",
    "An item cannot be marked done on a day that has not come yet.":
      "En punkt kan inte markeras som gjord en dag som inte har kommit ännu.",
    "Choose the welfare staff member who makes the visit.":
      "Välj den anställda inom studerandevården som gör besöket.",
    "An outreach visit is made by welfare staff: choose a kuraattori, psychologist or nurse of your provider.":
      "Ett uppsökande besök görs av studerandevården: välj en kurator, psykolog eller hälsovårdare hos din utbildningsanordnare.",
    "Choose a staff member of your provider.": "Välj en anställd hos din utbildningsanordnare.",
    "Keep the question to 300 characters.": "Frågan får vara högst 300 tecken.",
    "Write the question.": "Skriv frågan.",
    "Keep the title to 200 characters.": "Rubriken får vara högst 200 tecken.",
    "Write the title.": "Skriv rubriken.",
    "Keep an answer to {} characters.": "Ett svar får vara högst {0} tecken.",
    "A reply is at most {} characters.": "Ett svar är högst {0} tecken.",
    "The student is not in the #Valmennus programme.": "Den studerande deltar inte i #Valmennus-programmet.",
    "The student was not found.": "Den studerande hittades inte.",
    "Choose one of your own teaching groups.": "Välj en av dina egna undervisningsgrupper.",
    "{} {} is already in the #Valmennus programme (cohort {}).":
      "{0} {1} deltar redan i #Valmennus-programmet (årskull {2}).",
    "{} {} is already in the #Valmennus programme.": "{0} {1} deltar redan i #Valmennus-programmet.",
    "No reading screening result has been recorded for the student: record it first.":
      "Inget resultat från lästestet har registrerats för den studerande: registrera det först.",
    "No maths screening result has been recorded for the student: record it first.":
      "Inget resultat från matematiktestet har registrerats för den studerande: registrera det först.",
    "No screening result has been recorded for the student: record the results first.":
      "Inga testresultat (läs- och matematiktest) har registrerats för den studerande: registrera resultaten först.",
    "{} is in the future: record it for today ({}) or earlier.":
      "{0} ligger i framtiden: registrera det för i dag ({1}) eller tidigare.",
    "A student who started on {} belongs to cohort {} (or {} for a spring start).":
      "En studerande som började {0} hör till årskullen {1} (eller {2} vid start på våren).",
    "The results were gone through on {}, before the test was taken ({}).":
      "Resultaten gicks igenom {0}, alltså innan testet gjordes ({1}). Kontrollera datumen.",
    "Only an education provider's staff can do this.":
      "Endast utbildningsanordnarens personal kan göra detta.",
    "Plan whole hours from 0 to {}.": "Planera hela timmar från 0 till {0}.",
    "No entry of yours has this id.": "Du har ingen post med den här identifieraren.",
    "Only a manager reads the team's hours.": "Endast en chef kan se teamets timmar.",
    "Enter a whole number of at least {}.": "Ange ett heltal som är minst {0}.",
    "Enter the year the cohort started, e.g. 2022.": "Ange årskullens startår, till exempel 2022.",
    "The first year of the cohort {} is not over yet, so its figures are not known.":
      "Det första året för årskullen {0} är inte över än, så dess siffror är inte kända.",
    "More students are still studying than started: check the counts.":
      "Fler studerar fortfarande än det fanns som började: kontrollera antalen.",
    "Still studying and changed field together ({}) exceed the {} students who started.":
      "De som fortfarande studerar och de som bytt bransch är tillsammans {0}, fler än de {1} studerande som började. Kontrollera antalen.",
    "Add at least one question.": "Lägg till minst en fråga.",
    "A survey has at most {} questions.": "En enkät kan ha högst {0} frågor.",
    "The survey closes before it opens: check the dates.":
      "Enkäten stängs innan den öppnas: kontrollera datumen.",
    "The survey would already be closed: choose a later closing day.":
      "Enkäten skulle redan vara stängd: välj en senare sista dag.",
    "A survey has at most {} questions: answer each once.":
      "En enkät har högst {0} frågor: besvara var och en bara en gång.",
    "The survey has no such question.": "Enkäten har ingen sådan fråga.",
    "Choose a value from 1 to 5.": "Välj ett värde från 1 till 5.",
    "Answer in words.": "Svara med ord.",
    "The survey was not found.": "Enkäten hittades inte.",
    "You have already answered this survey: each person answers once.":
      "Du har redan svarat på den här enkäten: var och en svarar bara en gång.",
    "The survey is open from {} to {}.": "Enkäten är öppen {0}–{1}.",
    "Write a reply.": "Skriv ett svar.",
    "Give the time as HH:MM, e.g. 15:00.": "Ange tiden i formen HH:MM, till exempel 15:00.",
    "No such notice.": "Frånvaromeddelandet hittades inte.",
    "Only a provider's staff list notices by day.":
      "Endast utbildningsanordnarens personal kan se dagens frånvaromeddelanden.",
    "Only a provider's managers set this.":
      "Den här inställningen hör bara till utbildningsanordnarens chefer.",
    "The coaching plan was not found.": "Coachningsplanen hittades inte.",
    "The plan item was not found.": "Punkten i planen hittades inte.",
    "The group already has a coaching plan for the term starting {}: open that plan and add to it.":
      "Gruppen har redan en coachningsplan för terminen som börjar {0}: öppna den planen och lägg till i den.",
    "Use a time in the form HH:MM, e.g. 09:30.": "Ange tiden i formen HH:MM, till exempel 09:30.",
    "No teaching group of your provider has this id.":
      "Din utbildningsanordnare har ingen undervisningsgrupp med den här identifieraren.",
  },
};
