/** The core's, the domain's and the host's failure messages in Finnish (see error-text.ts). */
export const fi: Readonly<Record<string, string>> = {
  'the header has the column {} twice (as "{}" and "{}"): keep one.':
    'otsikkorivillä on sarake {0} kahdesti (nimillä "{1}" ja "{2}"): jätä niistä vain toinen.',
  "the header has no {} column: the first row must name the columns, e.g. opiskelija;pvm;oppitunti;merkintä;myöhässä_min.":
    "otsikkorivillä ei ole saraketta {0}: ensimmäisellä rivillä on oltava sarakkeiden nimet, esimerkiksi opiskelija;pvm;oppitunti;merkintä;myöhässä_min.",
  "the header has no {} column: add one with present, absent, excused or late (läsnä, poissa, luvallinen, myöhässä).":
    "otsikkorivillä ei ole saraketta {0}: lisää sarake, jonka merkintä on läsnä, poissa, luvallinen tai myöhässä (myös present, absent, excused ja late käyvät).",
  "the file has no marks: add one line per student under the header.":
    "tiedostossa ei ole merkintöjä: lisää otsikkorivin alle yksi rivi kutakin opiskelijaa kohden.",
  "the file has {} marks; one import takes at most {}. Split the file and import the parts one by one.":
    "tiedostossa on {0} merkintää, ja yhdellä tuonnilla voi tuoda enintään {1}. Jaa tiedosto osiin ja tuo osat yksi kerrallaan.",
  "Use a whole number from 1 to 365.": "Anna kokonaisluku väliltä 1–365.",
  "Give a sum in euros of 0 or more.": "Anna euromäärä, joka on 0 tai enemmän.",
  "Give an id.": "Anna tunniste.",
  "An outcome weight is between 0 and 1.": "Anna tuloksen painokertoimeksi luku väliltä 0–1.",
  "A percentage is between 0 and 100.": "Anna prosenttiosuus väliltä 0–100.",
  "A minimum contribution is between 0 and 1.": "Anna vähimmäisosuudeksi luku väliltä 0–1.",
  "Versions count from 1.": "Versionumerot alkavat 1:stä.",
  "This is not JSON.": "Tämä ei ole JSON-muotoista tietoa.",
  "the floors alone sum to {}, over {}": "pelkät alarajat ovat yhteensä {0}, mikä ylittää tavoitteen {1}",
  "every provider at its ceiling sums to {}, under {}":
    "vaikka jokainen koulutuksen järjestäjä olisi ylärajallaan, summa on {0}, mikä jää alle tavoitteen {1}",
  "Part-time share (osa-aikaisuustieto) is 1-100 %.": "Osa-aikaisuustiedon on oltava 1–100 %.",
  'Expected a code such as {} (code list "{}").': 'Anna koodi, esimerkiksi {0} (koodisto "{1}").',
  "A phone number may hold only digits, spaces, +, - and ().":
    "Puhelinnumerossa voi olla vain numeroita, välilyöntejä sekä merkit +, - ja ().",
  "This key is not part of the HOKS shape Polku knows; it would be lost on import.":
    "Tämä kenttä ei kuulu Polun tuntemaan HOKSin rakenteeseen, joten se jäisi tuonnissa pois.",
  "This required field is missing.": "Tämä pakollinen kenttä puuttuu.",
  "This is not JSON. Export the HOKS from eHOKS as JSON.":
    "Tämä ei ole JSON-muotoista tietoa. Vie HOKS eHOKSista JSON-muodossa.",
  "This is not a HOKS: a HOKS is a JSON object. Export the HOKS from eHOKS as JSON.":
    "Tämä ei ole HOKS: HOKS on JSON-objekti. Vie HOKS eHOKSista JSON-muodossa.",
  "Fill in this field.": "Täytä tämä kenttä.",
  "A HOKS draft lists at most 50 tasks per workplace.":
    "HOKS-luonnoksessa voi olla enintään 50 työtehtävää työpaikkaa kohden.",
  "A HOKS draft lists at most 50 contents per demonstration.":
    "HOKS-luonnoksessa voi olla enintään 50 sisältöä näyttöä kohden.",
  "A HOKS draft lists at most 50 ways of acquiring per unit.":
    "HOKS-luonnoksessa voi olla enintään 50 osaamisen hankkimistapaa tutkinnon osaa kohden.",
  "A HOKS draft lists at most 50 demonstrations per unit.":
    "HOKS-luonnoksessa voi olla enintään 50 näyttöä tutkinnon osaa kohden.",
  "A HOKS draft lists at most 200 units.": "HOKS-luonnoksessa voi olla enintään 200 tutkinnon osaa.",
  "Planned hours of teaching and guidance cannot be negative.":
    "Opetuksen ja ohjauksen suunniteltu tuntimäärä ei voi olla negatiivinen.",
  "Give text here.": "Anna tähän tekstiä.",
  "Give a number here.": "Anna tähän luku.",
  "Give true or false here.": "Anna tähän arvo true tai false.",
  "Give an object here.": "Anna tähän objekti.",
  "Give a list here.": "Anna tähän luettelo.",
  "Leave this field empty.": "Jätä tämä kenttä tyhjäksi.",
  "Give a whole number here.": "Anna tähän kokonaisluku.",
  "This field is missing: fill it in.": "Tämä kenttä puuttuu: täytä se.",
  "This field is not part of this input: leave it out.":
    "Tämä kenttä ei kuulu näihin tietoihin: jätä se pois.",
  "Choose one of {}.": "Valitse jokin näistä: {0}.",
  "Give a value of the right kind here.": "Anna tähän oikeanlainen arvo.",
  "Give the organisation a name.": "Anna organisaatiolle nimi.",
  "Employment months in the 12-month window are 0-12.":
    "Työssäolokuukausia voi 12 kuukauden tarkastelujaksolla olla 0–12.",
  "Write the phone number as +358 40 1234567.": "Kirjoita puhelinnumero muodossa +358 40 1234567.",
  "Remove the spaces around the name.": "Poista välilyönnit nimen alusta ja lopusta.",
  "The name is missing.": "Nimi puuttuu.",
  "Write the e-mail address as name@example.fi.": "Kirjoita sähköpostiosoite muodossa name@example.fi.",
  "A qualification code has six digits, e.g. 351301.":
    "Tutkinnon koodissa on kuusi numeroa, esimerkiksi 351301.",
  "Write a unit code such as tutkinnonosat_106915.":
    "Kirjoita tutkinnon osan koodi, esimerkiksi tutkinnonosat_106915.",
  "Write a six-digit education (koulutus) code, such as 371101.":
    "Kirjoita kuusinumeroinen koulutuskoodi, esimerkiksi 371101.",
  "A unit's scope is 0-300 competence points.": "Tutkinnon osan laajuus on 0–300 osaamispistettä.",
  "A qualification has at least one education code.": "Tutkinnolla on oltava vähintään yksi koulutuskoodi.",
  "The requirements' diary number cannot be empty.": "Tutkinnon perusteiden diaarinumero ei voi olla tyhjä.",
  "A qualification has at least one unit.": "Tutkinnossa on oltava vähintään yksi tutkinnon osa.",
  "A qualification lists at most 400 units.": "Tutkinnossa voi olla enintään 400 tutkinnon osaa.",
  "A requirements file lists at most 2000 qualifications.":
    "Perustetiedostossa voi olla enintään 2 000 tutkintoa.",
  "The requirements {} are listed twice.": "Tutkinnon perusteet {0} ovat luettelossa kahdesti.",
  "The unit {} is listed twice with a different name or scope.":
    "Tutkinnon osa {0} on luettelossa kahdesti eri nimellä tai laajuudella.",
  "This text holds a line break at character {}: write it on one line.":
    "Tekstissä on rivinvaihto merkin {0} kohdalla: kirjoita teksti yhdelle riville.",
  "This text holds a tab at character {}: use a space instead.":
    "Tekstissä on sarkainmerkki merkin {0} kohdalla: käytä sen sijaan välilyöntiä.",
  "This text holds an invisible control character ({}) at character {}, which cannot be saved: remove it (it often comes with pasted text) and try again.":
    "Tekstissä on näkymätön ohjausmerkki ({0}) merkin {1} kohdalla, eikä sitä voi tallentaa: poista merkki (se tulee usein liitetyn tekstin mukana) ja yritä uudelleen.",
  "This text holds a broken character at character {} (half of an emoji or another symbol): type that part again.":
    "Tekstissä on rikkinäinen merkki merkin {0} kohdalla (puolikas emoji tai muu symboli): kirjoita se kohta uudelleen.",
  "This text is too long: keep it to {} characters at most.":
    "Teksti on liian pitkä: lyhennä se enintään {0} merkkiin.",
  "The name of this field is not valid. {}": "Tämän kentän nimi ei kelpaa. {0}",
  "Expected a UUID identifier.": "Anna tunniste UUID-muodossa.",
  "consentGivenBy: the student is a minor, so a guardian must give the consent.":
    "consentGivenBy: opiskelija on alaikäinen, joten suostumuksen antaa huoltaja.",
  "consentGivenBy: the student is an adult, so the consent must be the student's own.":
    "consentGivenBy: opiskelija on täysi-ikäinen, joten suostumuksen antaa opiskelija itse.",
  "validUntil: the last day of access is in the past.":
    "validUntil: tietojen käyttöoikeuden viimeinen päivä on jo mennyt. Valitse myöhäisempi päivä.",
  "validUntil: access can last at most {} months, so the last day can be {} at the latest. Ask for consent again when it ends.":
    "validUntil: tietojen käyttöoikeus voi kestää enintään {0} kuukautta, joten viimeinen päivä voi olla viimeistään {1}. Pyydä suostumus uudelleen, kun se päättyy.",
  "granteeOrganisationId: choose a workshop, company, partner or higher-education institution.":
    "granteeOrganisationId: valitse työpaja, yritys, yhteistyökumppani tai korkeakoulu.",
  "You may not end this consent.": "Sinulla ei ole oikeutta päättää tätä suostumusta.",
  "Procedure {} declares no permission.": "Proseduurille {0} ei ole määritelty käyttöoikeutta.",
  "Please log in.": "Kirjaudu sisään.",
  "Your role does not allow this action.": "Roolisi ei salli tätä toimintoa.",
  "The request is missing its security token. Reload the page.":
    "Pyynnöstä puuttuu turvatunniste. Lataa sivu uudelleen.",
  "The input is too large ({} kB; at most {} kB).":
    "Lähetetyt tiedot ovat liian suuret ({0} kt; enintään {1} kt).",
  'kind: unknown step kind "{}". This deployment knows: {}.':
    'kind: tuntematon vaiheen tyyppi "{0}". Tässä palvelussa käytössä olevat tyypit: {1}.',
  "endsOn: the end date is before the start date.": "endsOn: päättymispäivä on ennen alkamispäivää.",
  "a quotation mark on this line or above it is never closed: check the quotes, or save the file again as CSV.":
    "tällä tai jollakin aiemmalla rivillä on lainausmerkki, jota ei ole suljettu: tarkista lainausmerkit tai tallenna tiedosto uudelleen CSV-muodossa.",
  "the line cannot be read as CSV: check its quotation marks, or save the file again as CSV.":
    "riviä ei voi lukea CSV-muodossa: tarkista sen lainausmerkit tai tallenna tiedosto uudelleen CSV-muodossa.",
  "A group holds at most {} students.": "Ryhmässä voi olla enintään {0} opiskelijaa.",
  "Give the group a name.": "Anna ryhmälle nimi.",
  "Choose one.": "Valitse jokin.",
  "Choose a date.": "Valitse päivämäärä.",
  "Name the field or qualification the need is in.": "Kerro, mihin alaan tai tutkintoon tarve liittyy.",
  "Say in Finnish what competence is needed.": "Kerro suomeksi, millaista osaamista tarvitaan.",
  "A qualification code has six digits.": "Tutkinnon koodissa on kuusi numeroa.",
  "The group was not found.": "Ryhmää ei löytynyt.",
  "The student is in the list twice.": "Opiskelija on luettelossa kahdesti.",
  "No student of your provider has this id.":
    "Koulutuksen järjestäjälläsi ei ole opiskelijaa, jolla on tämä tunniste.",
  "no student of your provider has the learner OID {}: check the OID, or add the student to Polku first.":
    "koulutuksen järjestäjälläsi ei ole opiskelijaa, jonka oppijanumero on {0}: tarkista oppijanumero tai lisää opiskelija ensin Polkuun.",
  "no student of your provider has the id {}: check the id.":
    "koulutuksen järjestäjälläsi ei ole opiskelijaa, jonka tunniste on {0}: tarkista tunniste.",
  "Only an education provider's staff can do this.":
    "Vain koulutuksen järjestäjän henkilöstö voi tehdä tämän.",
  "Minutes late are a whole number from 1 to {}.":
    "Anna myöhästymisen minuutit kokonaislukuna väliltä 1–{0}.",
  "Mark at least one student.": "Merkitse vähintään yksi opiskelija.",
  "Mark at most 500 students at once: a group at a time.":
    "Merkitse kerralla enintään 500 opiskelijaa: yksi ryhmä kerrallaan.",
  "The student is not in the group {}.": "Opiskelija ei kuulu ryhmään {0}.",
  "The student is marked twice in this call.": "Opiskelija on merkitty kahdesti samassa pyynnössä.",
  "The range ends before it starts.": "Aikaväli päättyy ennen kuin se alkaa: tarkista päivämäärät.",
  "Ask for at most {} days at a time.": "Hae kerrallaan enintään {0} päivän tiedot.",
  "Give the id of the previous page's last entry, as the trail returned it.":
    "Anna edellisen sivun viimeisen merkinnän tunniste sellaisena kuin lokitiedot sen palauttivat.",
  'Choose a part of Polku, such as "hoks" or "plugins.<plugin id>".':
    'Valitse Polun osa, esimerkiksi "hoks" tai "plugins.<laajennuksen tunnus>".',
  "Write your username.": "Kirjoita käyttäjätunnuksesi.",
  "Write your password.": "Kirjoita salasanasi.",
  "A password is at most 1,000 characters.": "Salasanassa voi olla enintään 1 000 merkkiä.",
  "The username or password is wrong.": "Käyttäjätunnus tai salasana on väärä.",
  "That role is not yours.": "Sinulla ei ole tätä roolia.",
  "The coaching session was not found.": "Valmennuskertaa ei löytynyt.",
  "Give the session a title.": "Anna valmennuskerralle otsikko.",
  "A topic needs a word or two.": "Kirjoita aiheeksi sana tai kaksi.",
  "List at most 20 topics.": "Lisää enintään 20 aihetta.",
  "Name at most 200 students: add a whole group by its group instead.":
    "Valitse enintään 200 opiskelijaa: lisää koko ryhmä mieluummin ryhmänä.",
  "Use a time in the form HH:MM, e.g. 14:00.": "Anna kellonaika muodossa HH:MM, esimerkiksi 14:00.",
  "Mark at most 200 students at once.": "Merkitse kerralla enintään 200 opiskelijaa.",
  "Write the note.": "Kirjoita muistiinpano.",
  "groupId: the group was not found.": "groupId: ryhmää ei löytynyt.",
  "studentIds: a student was not found.": "studentIds: jotakin opiskelijaa ei löytynyt.",
  "studentId: an individual session has one student.":
    "studentId: yksilövalmennuksessa on vain yksi opiskelija.",
  "attendance: an individual session has one student.":
    "attendance: yksilövalmennuksessa on vain yksi opiskelija.",
  "The student was not found.": "Opiskelijaa ei löytynyt.",
  "sessionId: the session was not found.": "sessionId: valmennuskertaa ei löytynyt.",
  "An active consent was not found.": "Voimassa olevaa suostumusta ei löytynyt.",
  "The student's HOKS was saved by someone else at the same moment: reload it and save again.":
    "Joku muu tallensi opiskelijan HOKSin samalla hetkellä: lataa HOKS uudelleen ja tallenna sitten uudestaan.",
  "The HOKS has 1 problem.": "HOKSissa on 1 korjattava kohta.",
  "The HOKS has {} problems.": "HOKSissa on {0} korjattavaa kohtaa.",
  "This HOKS belongs to another learner: its learner OID is not the student's.":
    "Tämä HOKS kuuluu toiselle oppijalle: sen oppijanumero ei ole opiskelijan oppijanumero.",
  "Choose the unit.": "Valitse tutkinnon osa.",
  "The student has no HOKS yet.": "Opiskelijalla ei ole vielä HOKSia.",
  "The unit {} is in no qualification's requirements in Polku: choose the unit from the qualification's list.":
    "Tutkinnon osa {0} ei kuulu minkään Polussa olevan tutkinnon perusteisiin: valitse tutkinnon osa tutkinnon omasta luettelosta.",
  "The student has no learner OID or study-right OID yet: a HOKS belongs to a study right.":
    "Opiskelijalla ei ole vielä oppijanumeroa tai opiskeluoikeuden OID-tunnusta: HOKS kuuluu aina opiskeluoikeuteen.",
  "The HOKS is already approved: edit it to make a new draft first.":
    "HOKS on jo hyväksytty: muokkaa sitä ensin, jotta siitä syntyy uusi luonnos.",
  "The HOKS is already waiting for approval.": "HOKS odottaa jo hyväksyntää.",
  "The HOKS is already approved.": "HOKS on jo hyväksytty.",
  "The student's HOKS is still a draft: the tutor submits it for approval first.":
    "Opiskelijan HOKS on vielä luonnos: omaohjaaja lähettää sen ensin hyväksyttäväksi.",
  "Only the student, or the guardian of a minor student, can approve this HOKS.":
    "Vain opiskelija tai alaikäisen opiskelijan huoltaja voi hyväksyä tämän HOKSin.",
  "unitCode: the unit {} is not in the student's HOKS.":
    "unitCode: tutkinnon osa {0} ei ole opiskelijan HOKSissa.",
  "This unit is not in the student's HOKS.": "Tämä tutkinnon osa ei ole opiskelijan HOKSissa.",
  "Name each kind of organisation once.": "Valitse kukin organisaatiotyyppi vain kerran.",
  "The step was not found.": "Vaihetta ei löytynyt.",
  "Only the organisation that recorded this step can correct or cancel it.":
    "Vain vaiheen kirjannut organisaatio voi korjata tai perua sen.",
  'This deployment has no step kind "{}".': 'Tässä palvelussa ei ole vaiheen tyyppiä "{0}".',
  "The end date is before the start date.": "Päättymispäivä on ennen alkamispäivää.",
  "The step is already cancelled.": "Vaihe on jo peruttu.",
  "Choose the kind of step.": "Valitse vaiheen tyyppi.",
  "Say why, so that others reading the pathway understand the change.":
    "Kerro syy, jotta muut jatkopolkua seuraavat ymmärtävät muutoksen.",
  "Only the organisation that recorded this step can change it.":
    "Vain vaiheen kirjannut organisaatio voi muuttaa sitä.",
  "The qualification was not found.": "Tutkintoa ei löytynyt.",
  "Write the reason for the referral.": "Kirjoita, miksi opiskelija ohjataan opiskeluhuoltoon.",
  "Name each status once.": "Valitse kukin tila vain kerran.",
  "The referral was not found.": "Ohjausta opiskeluhuoltoon ei löytynyt.",
  "This is not an id: an id is a UUID such as 3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b.":
    "Tämä ei ole tunniste: tunniste on UUID, esimerkiksi 3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b.",
  "Ask for 1 to {} rows at a time.": "Hae kerrallaan 1–{0} riviä.",
  "Start the page at row 0 to 1,000,000: narrow the search for rows further on.":
    "Sivun alkurivin on oltava 0–1 000 000: rajaa hakua, jos tarvitset sitä myöhempiä rivejä.",
  "Give an smtp:// or smtps:// address here.": "Anna tähän smtp://- tai smtps://-alkuinen osoite.",
  "Give an address with an @ here.": "Anna tähän osoite, jossa on @-merkki.",
  "Give an http:// or https:// address here.": "Anna tähän http://- tai https://-alkuinen osoite.",
  "Batch call exceeds maximum size": "Eräkutsu ylittää suurimman sallitun koon",
  '"input" needs to be an object when doing a batch call': '"input" on oltava objekti eräkutsussa',
  'No procedure found on path "{}"': 'Proseduuria ei löytynyt polulta "{0}"',
  "This API has no subscriptions.": "Tässä rajapinnassa ei ole tilauksia.",
  '"{}" is not a date: write it as YYYY-MM-DD or d.m.yyyy, e.g. {}.':
    '"{0}" ei ole päivämäärä: kirjoita se muodossa VVVV-KK-PP tai p.k.vvvv, esim. {1}.',
  "this line is for {} but the import is for {}: import each day's marks separately.":
    "tämä rivi koskee päivää {0}, mutta tuonti on päivälle {1}: tuo kunkin päivän merkinnät erikseen.",
  'the lesson is longer than {} characters: shorten it, e.g. "3" or "ENG 2".':
    'oppitunti on pidempi kuin {0} merkkiä: lyhennä se, esim. "3" tai "ENG 2".',
  "the mark is missing: write present, absent, excused or late (läsnä, poissa, luvallinen, myöhässä).":
    "merkintä puuttuu: kirjoita läsnä, poissa, luvallinen tai myöhässä (myös present, absent, excused ja late käyvät).",
  '"{}" is not a mark: write present, absent, excused or late (läsnä, poissa, luvallinen, myöhässä).':
    '"{0}" ei ole merkintä: kirjoita läsnä, poissa, luvallinen tai myöhässä (myös present, absent, excused ja late käyvät).',
  '"{}" is not a number of minutes: write a whole number, e.g. 10.':
    '"{0}" ei ole minuuttimäärä: kirjoita kokonaisluku, esim. 10.',
  "the same student already has a mark for this lesson ({}) on line {}: keep one of the two lines.":
    "samalla opiskelijalla on jo merkintä tälle oppitunnille ({0}) rivillä {1}: jätä riveistä vain toinen.",
  "the same student already has a mark for this day on line {}: keep one of the two lines.":
    "samalla opiskelijalla on jo merkintä tälle päivälle rivillä {0}: jätä riveistä vain toinen.",
  '"{}" is not a date: write YYYY-MM-DD.': '"{0}" ei ole päivämäärä: kirjoita muodossa VVVV-KK-PP.',
  '"{}" is not a timestamp: write e.g. 2017-10-25T21:00:00.000Z.':
    '"{0}" ei ole aikaleima: kirjoita esim. 2017-10-25T21:00:00.000Z.',
  "Interruption periods overlap: each must end before the next one starts.":
    "Keskeytysjaksot menevät päällekkäin: kunkin jakson on päätyttävä ennen seuraavan alkua.",
  "A name cannot be empty.": "Nimi ei voi olla tyhjä.",
  "The file is larger than {} characters (about 2 MB): split it into smaller files, e.g. one per group, and import them one by one.":
    "Tiedosto on suurempi kuin {0} merkkiä (noin 2 Mt): jaa se pienempiin tiedostoihin, esim. yksi ryhmää kohden, ja tuo ne yksi kerrallaan.",
  'A lesson is at most {} characters, e.g. "3" or "ENG 2".':
    'Oppitunti on enintään {0} merkkiä, esim. "3" tai "ENG 2".',
  "Give the time of the previous page's last entry, as the trail returned it.":
    "Anna edellisen sivun viimeisen merkinnän aika sellaisena kuin lokitiedot sen antoivat.",
  "The file is larger than about 2 MB: that is not a single HOKS.":
    "Tiedosto on suurempi kuin noin 2 Mt: se ei ole yksittäinen HOKS.",
  "The agreement was not found.": "Sopimusta ei löytynyt.",
  "The provider is not a party of its own agreement: name the partners only.":
    "Koulutuksen järjestäjä ei ole oman sopimuksensa osapuoli: nimeä vain kumppanit.",
  "No organisation of the region has this id: choose the party from the list.":
    "Alueella ei ole organisaatiota tällä tunnuksella: valitse osapuoli luettelosta.",
  "{} is not the kind of organisation this role is for: choose another organisation or another role.":
    "{0} ei ole tähän rooliin sopiva organisaatio: valitse toinen organisaatio tai toinen rooli.",
  "Give a funding year from 2018 to 2100.": "Anna rahoitusvuosi väliltä 2018–2100.",
  "Give a number above 0.": "Anna nollaa suurempi luku.",
  "The agreement has no such party: choose one of its parties.":
    "Sopimuksessa ei ole tällaista osapuolta: valitse jokin sen osapuolista.",
  "No funding model applies to {}: choose {} or later.":
    "Vuodelle {0} ei ole rahoitusmallia: valitse vuosi {1} tai myöhempi.",
  "The version was not found.": "Versiota ei löytynyt.",
  "Your organisation has already accepted this version.": "Organisaatiosi on jo hyväksynyt tämän version.",
  "100 to 2,000 scenarios.": "100–2 000 skenaariota.",
  "This field is not part of a share agreement: leave it out or check its spelling.":
    "Tämä kenttä ei kuulu jakosopimukseen: jätä se pois tai tarkista sen kirjoitusasu.",
  "A partner sees its own statement only.": "Kumppani näkee vain oman laskelmansa.",
  "You negotiate for no education provider.": "Et neuvottele yhdenkään koulutuksen järjestäjän puolesta.",
  "Only the provider's negotiators and managers propose versions.":
    "Vain koulutuksen järjestäjän neuvottelijat ja esihenkilöt voivat ehdottaa versioita.",
  "Your organisation is not a party of this version.": "Organisaatiosi ei ole tämän version osapuoli.",
  "the student is missing: write the learner OID (1.2.246.562.24.…) or the Polku student id.":
    "opiskelija puuttuu: kirjoita oppijanumero (1.2.246.562.24.…) tai Polun opiskelijatunnus.",
  '"{}" is neither a learner OID (1.2.246.562.24.…) nor a Polku student id: copy the student\'s learner OID from the student information system.':
    '"{0}" ei ole oppijanumero (1.2.246.562.24.…) eikä Polun opiskelijatunnus: kopioi opiskelijan oppijanumero opiskelijahallintojärjestelmästä.',
  'minutes late are given but the mark is "{}": mark the student late, or leave the minutes out.':
    'myöhästymisminuutit on annettu, mutta merkintä on "{0}": merkitse opiskelija myöhästyneeksi tai jätä minuutit pois.',
  "minutes late must be a whole number from 1 to {}.": "myöhästymisminuuttien on oltava kokonaisluku 1–{0}.",
  '"{}" is not a Finnish business ID (Y-tunnus): write it as seven digits, a hyphen and a check digit, e.g. 0201256-6.':
    '"{0}" ei ole suomalainen Y-tunnus: kirjoita se muodossa seitsemän numeroa, väliviiva ja tarkistusnumero, esim. 0201256-6.',
  '"{}" cannot be a Finnish business ID (Y-tunnus): no check digit fits its first seven digits. Check the digits against the trade register (ytj.fi).':
    '"{0}" ei voi olla Y-tunnus: mikään tarkistusnumero ei sovi sen seitsemään ensimmäiseen numeroon. Tarkista numerot kaupparekisteristä (ytj.fi).',
  '"{}" has the wrong check digit for a Finnish business ID (Y-tunnus). Check for a typing error against the trade register (ytj.fi).':
    'Y-tunnuksen "{0}" tarkistusnumero on väärä. Tarkista kirjoitusvirheet kaupparekisteristä (ytj.fi).',
  '"{}" has the wrong check digit for a Finnish business ID (Y-tunnus): the first seven digits call for {}. Check for a typing error against the trade register (ytj.fi).':
    'Y-tunnuksen "{0}" tarkistusnumero on väärä: seitsemän ensimmäistä numeroa edellyttävät numeroa {1}. Tarkista kirjoitusvirheet kaupparekisteristä (ytj.fi).',
  "learner (oppija) OID": "oppijanumero (OID)",
  "study-right (opiskeluoikeus) OID": "opiskeluoikeuden OID",
  "organisation OID": "organisaation OID",
  '"{}" is not a {}: expected the form {} (ten digits not starting with 0, then a check digit).':
    '"{0}" ei ole {1}: muodon pitäisi olla {2} (kymmenen numeroa, joista ensimmäinen ei ole 0, ja tarkistusnumero).',
  '"{}" is not a {}: its node (the fifth number) belongs to another kind of identifier. Check that the right OID was copied into this field.':
    '"{0}" ei ole {1}: sen solmu (viides luku) kuuluu toisenlaiselle tunnisteelle. Tarkista, että kenttään on kopioitu oikea OID.',
  '"{}" is not a valid {}: the check digit does not match. Copy the OID again from Opintopolku or KOSKI.':
    '"{0}" ei ole kelvollinen {1}: tarkistusnumero ei täsmää. Kopioi OID uudelleen Opintopolusta tai KOSKIsta.',
  '"{}" is a test-environment {}; this deployment accepts production OIDs only. Use the learner\'s real OID.':
    '"{0}" on testiympäristön {1}; tämä palvelu hyväksyy vain tuotantoympäristön OID-tunnukset. Käytä oppijan oikeaa oppijanumeroa.',
  'This step is already done and cannot change to "{}". Add a new step instead.':
    'Tämä vaihe on jo tehty eikä sitä voi muuttaa tilaan "{0}". Lisää sen sijaan uusi vaihe.',
  'This step is already cancelled and cannot change to "{}". Add a new step instead.':
    'Tämä vaihe on jo peruttu eikä sitä voi muuttaa tilaan "{0}". Lisää sen sijaan uusi vaihe.',
  'A step cannot go from "{}" to "{}". Allowed: planned -> in_progress, done or cancelled; in_progress -> done or cancelled.':
    'Vaihe ei voi siirtyä tilasta "{0}" tilaan "{1}". Sallittuja ovat: suunniteltu -> käynnissä, tehty tai peruttu; käynnissä -> tehty tai peruttu.',
  'A pathway cannot move from phase "{}" back to "{}". Phases move forward; the only steps back are to studies or work-life learning (from later phases before the outcome) and from outcome to continuation.':
    'Polku ei voi siirtyä vaiheesta "{0}" takaisin vaiheeseen "{1}". Vaiheet etenevät eteenpäin; ainoat paluut ovat opintoihin tai työelämässä oppimiseen (myöhemmistä vaiheista ennen lopputulosta) ja lopputuloksesta jatkopolulle.',
  'A study right in state "{}" cannot change to "{}". An ended study right can only be voided (mitatoity); a returning student needs a new study right in KOSKI.':
    'Tilassa "{0}" olevaa opiskeluoikeutta ei voi muuttaa tilaan "{1}". Päättyneen opiskeluoikeuden voi vain mitätöidä; palaava opiskelija tarvitsee uuden opiskeluoikeuden KOSKIssa.',
  "The file has 1 problem, so nothing was saved. Fix it and import the file again:\n{}":
    "Tiedostossa on 1 virhe, joten mitään ei tallennettu. Korjaa se ja tuo tiedosto uudelleen:\n{0}",
  "The file has {} problems, so nothing was saved. Fix them and import the file again:\n{}":
    "Tiedostossa on {0} virhettä, joten mitään ei tallennettu. Korjaa ne ja tuo tiedosto uudelleen:\n{1}",
  "visibility: only student-welfare staff may write welfare notes. Refer the student to welfare instead.":
    "visibility: vain opiskeluhuollon henkilöstö voi kirjoittaa opiskeluhuollon muistiinpanoja. Ohjaa opiskelija sen sijaan opiskeluhuoltoon.",
  'visibility: your role may not write "{}" notes.':
    'visibility: roolisi ei voi kirjoittaa muistiinpanoja näkyvyydellä "{0}".',
  "groupId: an individual session is with one student, not a group.":
    "groupId: yksilöohjaus on yhden opiskelijan kanssa, ei ryhmän.",
  "studentIds: an individual session needs exactly one student.":
    "studentIds: yksilöohjaukseen tarvitaan tasan yksi opiskelija.",
  "studentIds: a group session needs a group or at least one student.":
    "studentIds: ryhmäohjaukseen tarvitaan ryhmä tai vähintään yksi opiskelija.",
  "status: this referral is closed and cannot change. Make a new referral if the student needs help again.":
    "status: tämä ohjaus on suljettu eikä sitä voi muuttaa. Tee uusi ohjaus, jos opiskelija tarvitsee taas apua.",
  'status: a referral cannot go from "{}" to "{}". Allowed: open -> in_progress or closed; in_progress -> closed.':
    'status: ohjaus ei voi siirtyä tilasta "{0}" tilaan "{1}". Sallittuja ovat: avoin -> käsittelyssä tai suljettu; käsittelyssä -> suljettu.',
  "The step kind \"{}\" is registered twice. Give the plugin's step kind its own id (e.g. prefix it with the practice's name).":
    'Vaihetyyppi "{0}" on rekisteröity kahdesti. Anna laajennuksen vaihetyypille oma tunnus (esim. käytännön nimi etuliitteenä).',
  'The step kind "{}" is not valid: {}.': 'Vaihetyyppi "{0}" ei kelpaa: {1}.',
  "The HOKS document has 1 problem; fix it in the source system and import again:\n{}":
    "HOKS-asiakirjassa on 1 virhe; korjaa se lähdejärjestelmässä ja tuo uudelleen:\n{0}",
  "The HOKS document has {} problems; fix them in the source system and import again:\n{}":
    "HOKS-asiakirjassa on {0} virhettä; korjaa ne lähdejärjestelmässä ja tuo uudelleen:\n{1}",
  "The qualification requirements file has 1 problem; nothing was loaded:\n{}":
    "Tutkinnon perusteiden tiedostossa on 1 virhe; mitään ei ladattu:\n{0}",
  "The qualification requirements file has {} problems; nothing was loaded:\n{}":
    "Tutkinnon perusteiden tiedostossa on {0} virhettä; mitään ei ladattu:\n{1}",
  "The share agreement has 1 problem; fix it and save it again:\n{}":
    "Jakosopimuksessa on 1 virhe; korjaa se ja tallenna uudelleen:\n{0}",
  "The share agreement has {} problems; fix them and save it again:\n{}":
    "Jakosopimuksessa on {0} virhettä; korjaa ne ja tallenna uudelleen:\n{1}",
  "Too many failed logins. Try again in {} seconds.":
    "Liian monta epäonnistunutta kirjautumista. Yritä uudelleen {0} sekunnin kuluttua.",
  "Too many failed logins. Try again in {} minutes.":
    "Liian monta epäonnistunutta kirjautumista. Yritä uudelleen {0} minuutin kuluttua.",
  "Line {}, column {}: {}": "Rivi {0}, sarake {1}: {2}",
  "Line {}: {}": "Rivi {0}: {1}",
  "{} is in the future: attendance can be marked for today ({}) or earlier.":
    "{0} on tulevaisuudessa: läsnäolon voi merkitä tälle päivälle ({1}) tai aiemmalle.",
  "Write a note: what was done about the warning, for the others who read it.":
    "Kirjoita muistiinpano: mitä varoituksen vuoksi tehtiin, muille sen lukijoille.",
  "The student has no early warning to mark handled.":
    "Opiskelijalla ei ole varoitusta, jonka voisi merkitä käsitellyksi.",
  "This early warning is already marked handled.": "Varoitus on jo merkitty käsitellyksi.",
  "This early warning is not marked handled.": "Varoitusta ei ole merkitty käsitellyksi.",
  "qualificationCode: a qualification's code has six digits.":
    "qualificationCode: tutkinnon koodissa on kuusi numeroa.",
  "Only a company's contact states its needs.": "Vain yrityksen yhteyshenkilö ilmoittaa sen osaamistarpeet.",
  "neededUntil: the end is before the start.": "neededUntil: päättymispäivä on ennen alkamispäivää.",
  "neededUntil: the end is in the past.": "neededUntil: päättymispäivä on mennyt.",
  "The competence need was not found, or it is closed.":
    "Osaamistarvetta ei löytynyt, tai se on jo suljettu.",
};
