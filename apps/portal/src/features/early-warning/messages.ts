/** Early-warning strings; the portal registers them under "early-warning" ("early-warning:key"). */
export const fi = {
  "page.title": "Ennakkovaroitukset",
  "page.introTutees":
    "Omat opiskelijasi, joista jokin sääntö on antanut varoituksen. Jokainen varoitus kertoo, mikä sääntö täyttyi ja miksi: mitä laskettiin ja mihin rajaan sitä verrattiin.",
  "page.introProvider":
    "Organisaatiosi opiskelijat, joista jokin sääntö on antanut varoituksen. Jokainen varoitus kertoo, mikä sääntö täyttyi ja miksi: mitä laskettiin ja mihin rajaan sitä verrattiin.",
  "page.summary": "Tarkistettu {checked} opiskelijaa {day}: varoituksia {flags} opiskelijalla.",
  "page.paging": "Opiskelijat sivuittain",
  "page.first": "Ensimmäiset opiskelijat",
  "page.next": "Seuraavat opiskelijat",
  "page.flagged": "Opiskelijat, joilla on varoituksia",
  "page.none": "Yhdestäkään opiskelijasta ei ole varoituksia.",
  "page.settingsLink": "Muuta varoitusten rajoja",
  "page.thresholds": "Käytössä olevat rajat",
  "rule.unexplained-absences": "Selvittämättömät poissaolot",
  "rule.no-progress": "Ei edistymistä opinnoissa",
  "rule.missed-coaching": "Väliin jäänyt ohjaus",
  "reason.unexplained-absences":
    "Selvittämättömiä poissaoloja {observed} päivänä viimeisten {window} päivän aikana (raja: {threshold}).",
  "reason.no-progress":
    "Ei edistymistä missään tutkinnon osassa {observed} viikkoon (raja: {threshold} viikkoa).",
  "reason.missed-coaching":
    "Väliin jääneitä ohjauskertoja viimeisten {window} päivän aikana: {observed} (raja: {threshold}).",
  "threshold.unexplained-absences": "{threshold} poissaolopäivää {window} päivän aikana",
  "threshold.no-progress": "{threshold} viikkoa ilman edistymistä",
  "threshold.missed-coaching": "{threshold} väliin jäänyttä ohjauskertaa {window} päivän aikana",
  "threshold.off": "Ei käytössä",
  "student.none": "Opiskelijasta ei ole varoituksia.",
  "student.flagsLabel": "Opiskelijan varoitukset",
  "settings.title": "Varoitusten rajat",
  "settings.intro":
    "Rajat koskevat koko organisaatiota. Sääntö antaa varoituksen, kun opiskelijan tiedot saavuttavat rajan. Säännön voi myös ottaa pois käytöstä.",
  "settings.form": "Varoitusten rajat",
  "settings.defaults": "Organisaatio käyttää oletusrajoja, kunnes rajat tallennetaan.",
  "settings.enabled": "Sääntö on käytössä",
  "settings.absenceDays": "Poissaolopäiviä vähintään",
  "settings.absenceDaysHint": "Päivät, joina opiskelijalla on vähintään yksi selvittämätön poissaolo.",
  "settings.absenceWindow": "Tarkastelujakso päivinä",
  "settings.progressWeeks": "Viikkoja ilman edistymistä vähintään",
  "settings.progressWeeksHint":
    "Lasketaan viimeisimmästä tutkinnon osan edistymisestä, tai opintojen alusta, jos mikään ei ole vielä edennyt.",
  "settings.coachingSessions": "Väliin jääneitä ohjauskertoja vähintään",
  "settings.coachingWindow": "Tarkastelujakso päivinä",
  "settings.numberHint": "Kokonaisluku 1–365.",
  "settings.numberError": "Anna kokonaisluku väliltä 1–365.",
  "settings.submit": "Tallenna rajat",
  "settings.saved": "Rajat tallennettu.",
  "settings.back": "Takaisin ennakkovaroituksiin",
};

export type MessageKey = keyof typeof fi;

export const sv: Record<MessageKey, string> = {
  "page.title": "Förvarningar",
  "page.introTutees":
    "Dina egna studerande för vilka en regel har gett en förvarning. Varje förvarning visar vilken regel som uppfylldes och varför: vad som räknades och vilken gräns det jämfördes med.",
  "page.introProvider":
    "Din organisations studerande för vilka en regel har gett en förvarning. Varje förvarning visar vilken regel som uppfylldes och varför: vad som räknades och vilken gräns det jämfördes med.",
  "page.summary": "{checked} studerande kontrollerade {day}: förvarningar för {flags} studerande.",
  "page.paging": "Studerande sida för sida",
  "page.first": "De första studerande",
  "page.next": "Följande studerande",
  "page.flagged": "Studerande med förvarningar",
  "page.none": "Inga förvarningar för någon studerande.",
  "page.settingsLink": "Ändra gränserna för förvarningar",
  "page.thresholds": "Gränser som används",
  "rule.unexplained-absences": "Oförklarad frånvaro",
  "rule.no-progress": "Inga framsteg i studierna",
  "rule.missed-coaching": "Missad handledning",
  "reason.unexplained-absences":
    "Oförklarad frånvaro på {observed} dagar under de senaste {window} dagarna (gräns: {threshold}).",
  "reason.no-progress": "Veckor utan framsteg i någon examensdel: {observed} (gräns: {threshold} veckor).",
  "reason.missed-coaching":
    "Missade handledningstillfällen under de senaste {window} dagarna: {observed} (gräns: {threshold}).",
  "threshold.unexplained-absences": "{threshold} frånvarodagar på {window} dagar",
  "threshold.no-progress": "{threshold} veckor utan framsteg",
  "threshold.missed-coaching": "{threshold} missade handledningstillfällen på {window} dagar",
  "threshold.off": "Inte i bruk",
  "student.none": "Inga förvarningar för den studerande.",
  "student.flagsLabel": "Den studerandes förvarningar",
  "settings.title": "Gränser för förvarningar",
  "settings.intro":
    "Gränserna gäller hela organisationen. En regel ger en förvarning när den studerandes uppgifter når gränsen. En regel kan också stängas av.",
  "settings.form": "Gränser för förvarningar",
  "settings.defaults": "Organisationen använder standardgränserna tills gränser sparas.",
  "settings.enabled": "Regeln är i bruk",
  "settings.absenceDays": "Minst antal frånvarodagar",
  "settings.absenceDaysHint": "Dagar då den studerande har minst en oförklarad frånvaro.",
  "settings.absenceWindow": "Granskningsperiod i dagar",
  "settings.progressWeeks": "Minst antal veckor utan framsteg",
  "settings.progressWeeksHint":
    "Räknas från det senaste framsteget i en examensdel, eller från studiernas början om inget ännu har framskridit.",
  "settings.coachingSessions": "Minst antal missade handledningstillfällen",
  "settings.coachingWindow": "Granskningsperiod i dagar",
  "settings.numberHint": "Ett heltal 1–365.",
  "settings.numberError": "Ange ett heltal mellan 1 och 365.",
  "settings.submit": "Spara gränserna",
  "settings.saved": "Gränserna har sparats.",
  "settings.back": "Tillbaka till förvarningarna",
};

export const en: Record<MessageKey, string> = {
  "page.title": "Early warnings",
  "page.introTutees":
    "Your own students for whom a rule has raised a warning. Each warning says which rule fired and why: what was counted and the threshold it was compared with.",
  "page.introProvider":
    "Your organisation's students for whom a rule has raised a warning. Each warning says which rule fired and why: what was counted and the threshold it was compared with.",
  "page.summary": "{checked} students checked on {day}: warnings for {flags} students.",
  "page.paging": "Students page by page",
  "page.first": "First students",
  "page.next": "Next students",
  "page.flagged": "Students with warnings",
  "page.none": "No warnings for any student.",
  "page.settingsLink": "Change the warning thresholds",
  "page.thresholds": "Thresholds in use",
  "rule.unexplained-absences": "Unexplained absences",
  "rule.no-progress": "No progress in studies",
  "rule.missed-coaching": "Missed coaching",
  "reason.unexplained-absences":
    "Unexplained absences on {observed} days in the last {window} days (threshold: {threshold}).",
  "reason.no-progress":
    "Weeks without progress in any qualification unit: {observed} (threshold: {threshold} weeks).",
  "reason.missed-coaching":
    "Missed coaching sessions in the last {window} days: {observed} (threshold: {threshold}).",
  "threshold.unexplained-absences": "{threshold} days of absence in {window} days",
  "threshold.no-progress": "{threshold} weeks without progress",
  "threshold.missed-coaching": "{threshold} missed coaching sessions in {window} days",
  "threshold.off": "Not in use",
  "student.none": "No warnings for this student.",
  "student.flagsLabel": "The student's warnings",
  "settings.title": "Early-warning thresholds",
  "settings.intro":
    "The thresholds apply to the whole organisation. A rule raises a warning when a student's record reaches its threshold. A rule can also be switched off.",
  "settings.form": "Early-warning thresholds",
  "settings.defaults": "Your organisation uses the default thresholds until thresholds are saved.",
  "settings.enabled": "The rule is in use",
  "settings.absenceDays": "At least this many days of absence",
  "settings.absenceDaysHint": "Days on which the student has at least one unexplained absence.",
  "settings.absenceWindow": "Period in days",
  "settings.progressWeeks": "At least this many weeks without progress",
  "settings.progressWeeksHint":
    "Counted from the last progress in a qualification unit, or from the start of studies if nothing has progressed yet.",
  "settings.coachingSessions": "At least this many missed coaching sessions",
  "settings.coachingWindow": "Period in days",
  "settings.numberHint": "A whole number from 1 to 365.",
  "settings.numberError": "Enter a whole number from 1 to 365.",
  "settings.submit": "Save the thresholds",
  "settings.saved": "Thresholds saved.",
  "settings.back": "Back to early warnings",
};
