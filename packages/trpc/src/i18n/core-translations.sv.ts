/** The core's, the domain's and the host's failure messages in Swedish (see error-text.ts). */
export const sv: Readonly<Record<string, string>> = {
  'the header has the column {} twice (as "{}" and "{}"): keep one.':
    'rubrikraden har kolumnen {0} två gånger (som "{1}" och "{2}"): behåll bara den ena.',
  "the header has no {} column: the first row must name the columns, e.g. opiskelija;pvm;oppitunti;merkintä;myöhässä_min.":
    "rubrikraden saknar kolumnen {0}: den första raden ska ange kolumnernas namn, till exempel opiskelija;pvm;oppitunti;merkintä;myöhässä_min.",
  "the header has no {} column: add one with present, absent, excused or late (läsnä, poissa, luvallinen, myöhässä).":
    "rubrikraden saknar kolumnen {0}: lägg till en kolumn med present, absent, excused eller late (läsnä, poissa, luvallinen, myöhässä).",
  "the file has no marks: add one line per student under the header.":
    "filen innehåller inga markeringar: lägg till en rad per studerande under rubrikraden.",
  "the file has {} marks; one import takes at most {}. Split the file and import the parts one by one.":
    "filen innehåller {0} markeringar, och en import kan ta högst {1}. Dela upp filen och importera delarna en i taget.",
  "Use a whole number from 1 to 365.": "Ange ett heltal från 1 till 365.",
  "Give a sum in euros of 0 or more.": "Ange ett belopp i euro som är 0 eller mer.",
  "Give an id.": "Ange en identifierare.",
  "An outcome weight is between 0 and 1.": "Ange en vikt för resultatet mellan 0 och 1.",
  "A percentage is between 0 and 100.": "Ange en procentandel mellan 0 och 100.",
  "A minimum contribution is between 0 and 1.": "Ange en minsta andel mellan 0 och 1.",
  "Versions count from 1.": "Versionerna numreras från 1.",
  "This is not JSON.": "Det här är inte JSON.",
  "the floors alone sum to {}, over {}": "enbart minimigränserna ger summan {0}, vilket är över {1}",
  "every provider at its ceiling sums to {}, under {}":
    "även om varje utbildningsanordnare ligger vid sin maximigräns blir summan {0}, vilket är under {1}",
  "Part-time share (osa-aikaisuustieto) is 1-100 %.": "Deltidsandelen (osa-aikaisuustieto) ska vara 1–100 %.",
  'Expected a code such as {} (code list "{}").': 'Ange en kod, till exempel {0} (kodverket "{1}").',
  "A phone number may hold only digits, spaces, +, - and ().":
    "Ett telefonnummer får bara innehålla siffror, mellanslag, +, - och ().",
  "This key is not part of the HOKS shape Polku knows; it would be lost on import.":
    "Det här fältet hör inte till den HOKS-struktur som Polku känner till, så det skulle gå förlorat vid importen.",
  "This required field is missing.": "Det här obligatoriska fältet saknas.",
  "This is not JSON. Export the HOKS from eHOKS as JSON.":
    "Det här är inte JSON. Exportera HOKS-planen från eHOKS som JSON.",
  "This is not a HOKS: a HOKS is a JSON object. Export the HOKS from eHOKS as JSON.":
    "Det här är inte en HOKS-plan: en HOKS-plan är ett JSON-objekt. Exportera HOKS-planen från eHOKS som JSON.",
  "Fill in this field.": "Fyll i det här fältet.",
  "A HOKS draft lists at most 50 tasks per workplace.":
    "Ett HOKS-utkast kan innehålla högst 50 arbetsuppgifter per arbetsplats.",
  "A HOKS draft lists at most 50 contents per demonstration.":
    "Ett HOKS-utkast kan innehålla högst 50 innehållspunkter per yrkesprov.",
  "A HOKS draft lists at most 50 ways of acquiring per unit.":
    "Ett HOKS-utkast kan innehålla högst 50 sätt att förvärva kunnande per examensdel.",
  "A HOKS draft lists at most 50 demonstrations per unit.":
    "Ett HOKS-utkast kan innehålla högst 50 yrkesprov per examensdel.",
  "A HOKS draft lists at most 200 units.": "Ett HOKS-utkast kan innehålla högst 200 examensdelar.",
  "Planned hours of teaching and guidance cannot be negative.":
    "Det planerade antalet timmar undervisning och handledning kan inte vara negativt.",
  "Give text here.": "Ange text här.",
  "Give a number here.": "Ange ett tal här.",
  "Give true or false here.": "Ange true eller false här.",
  "Give an object here.": "Ange ett objekt här.",
  "Give a list here.": "Ange en lista här.",
  "Leave this field empty.": "Lämna det här fältet tomt.",
  "Give a whole number here.": "Ange ett heltal här.",
  "This field is missing: fill it in.": "Det här fältet saknas: fyll i det.",
  "This field is not part of this input: leave it out.":
    "Det här fältet hör inte till dessa uppgifter: ta bort det.",
  "Choose one of {}.": "Välj ett av följande: {0}.",
  "Give a value of the right kind here.": "Ange ett värde av rätt typ här.",
  "Give the organisation a name.": "Ge organisationen ett namn.",
  "Employment months in the 12-month window are 0-12.":
    "Antalet månader i arbete under 12-månadersperioden är 0–12.",
  "Write the phone number as +358 40 1234567.": "Skriv telefonnumret i formen +358 40 1234567.",
  "Remove the spaces around the name.": "Ta bort mellanslagen före och efter namnet.",
  "The name is missing.": "Namnet saknas.",
  "Write the e-mail address as name@example.fi.": "Skriv e-postadressen i formen name@example.fi.",
  "A qualification code has six digits, e.g. 351301.": "En examenskod har sex siffror, till exempel 351301.",
  "Write a unit code such as tutkinnonosat_106915.":
    "Skriv en kod för examensdelen, till exempel tutkinnonosat_106915.",
  "Write a six-digit education (koulutus) code, such as 371101.":
    "Skriv en sexsiffrig utbildningskod (koulutus), till exempel 371101.",
  "A unit's scope is 0-300 competence points.": "En examensdels omfattning är 0–300 kompetenspoäng.",
  "A qualification has at least one education code.": "En examen ska ha minst en utbildningskod.",
  "The requirements' diary number cannot be empty.": "Examensgrundernas diarienummer får inte vara tomt.",
  "A qualification has at least one unit.": "En examen ska ha minst en examensdel.",
  "A qualification lists at most 400 units.": "En examen kan ha högst 400 examensdelar.",
  "A requirements file lists at most 2000 qualifications.":
    "En fil med examensgrunder kan innehålla högst 2 000 examina.",
  "The requirements {} are listed twice.": "Examensgrunderna {0} finns två gånger i listan.",
  "The unit {} is listed twice with a different name or scope.":
    "Examensdelen {0} finns två gånger i listan med olika namn eller omfattning.",
  "This text holds a line break at character {}: write it on one line.":
    "Texten innehåller en radbrytning vid tecken {0}: skriv den på en rad.",
  "This text holds a tab at character {}: use a space instead.":
    "Texten innehåller ett tabbtecken vid tecken {0}: använd ett mellanslag i stället.",
  "This text holds an invisible control character ({}) at character {}, which cannot be saved: remove it (it often comes with pasted text) and try again.":
    "Texten innehåller ett osynligt styrtecken ({0}) vid tecken {1}, och det kan inte sparas: ta bort tecknet (det följer ofta med inklistrad text) och försök igen.",
  "This text holds a broken character at character {} (half of an emoji or another symbol): type that part again.":
    "Texten innehåller ett trasigt tecken vid tecken {0} (en halv emoji eller en annan symbol): skriv den delen på nytt.",
  "This text is too long: keep it to {} characters at most.":
    "Texten är för lång: korta den till högst {0} tecken.",
  "The name of this field is not valid. {}": "Fältets namn är inte giltigt. {0}",
  "Expected a UUID identifier.": "Ange en identifierare i UUID-format.",
  "consentGivenBy: the student is a minor, so a guardian must give the consent.":
    "consentGivenBy: den studerande är minderårig, så samtycket ska ges av en vårdnadshavare.",
  "consentGivenBy: the student is an adult, so the consent must be the student's own.":
    "consentGivenBy: den studerande är myndig, så samtycket ska ges av den studerande själv.",
  "validUntil: the last day of access is in the past.":
    "validUntil: den sista dagen för åtkomst har redan passerat. Välj en senare dag.",
  "validUntil: access can last at most {} months, so the last day can be {} at the latest. Ask for consent again when it ends.":
    "validUntil: åtkomsten kan gälla i högst {0} månader, så den sista dagen kan vara senast {1}. Be om samtycke på nytt när den upphör.",
  "granteeOrganisationId: choose a workshop, company, partner or higher-education institution.":
    "granteeOrganisationId: välj en verkstad, ett företag, en samarbetspartner eller en högskola.",
  "You may not end this consent.": "Du har inte rätt att avsluta det här samtycket.",
  "Procedure {} declares no permission.": "Proceduren {0} anger ingen behörighet.",
  "Please log in.": "Logga in.",
  "Your role does not allow this action.": "Din roll tillåter inte den här åtgärden.",
  "The request is missing its security token. Reload the page.":
    "Begäran saknar säkerhetstoken. Ladda om sidan.",
  "The input is too large ({} kB; at most {} kB).": "Uppgifterna är för stora ({0} kB; högst {1} kB).",
  'kind: unknown step kind "{}". This deployment knows: {}.':
    'kind: okänd typ av steg "{0}". Typerna i den här tjänsten: {1}.',
  "endsOn: the end date is before the start date.": "endsOn: slutdatumet är före startdatumet.",
  "a quotation mark on this line or above it is never closed: check the quotes, or save the file again as CSV.":
    "ett citattecken på den här raden eller ovanför stängs aldrig: kontrollera citattecknen eller spara filen på nytt som CSV.",
  "the line cannot be read as CSV: check its quotation marks, or save the file again as CSV.":
    "raden kan inte läsas som CSV: kontrollera dess citattecken eller spara filen på nytt som CSV.",
  "A group holds at most {} students.": "En grupp kan ha högst {0} studerande.",
  "Give the group a name.": "Ge gruppen ett namn.",
  "Choose one.": "Välj ett alternativ.",
  "Choose a date.": "Välj ett datum.",
  "Name the field or qualification the need is in.": "Ange vilken bransch eller examen behovet gäller.",
  "Say in Finnish what competence is needed.": "Beskriv på finska vilket kunnande som behövs.",
  "A qualification code has six digits.": "En examenskod har sex siffror.",
  "The group was not found.": "Gruppen hittades inte.",
  "The student is in the list twice.": "Den studerande finns två gånger i listan.",
  "No student of your provider has this id.":
    "Din utbildningsanordnare har ingen studerande med den här identifieraren.",
  "no student of your provider has the learner OID {}: check the OID, or add the student to Polku first.":
    "din utbildningsanordnare har ingen studerande med studerandenumret (oppijanumero) {0}: kontrollera numret eller lägg först till den studerande i Polku.",
  "no student of your provider has the id {}: check the id.":
    "din utbildningsanordnare har ingen studerande med identifieraren {0}: kontrollera identifieraren.",
  "Only an education provider's staff can do this.": "Endast utbildningsanordnarens personal kan göra detta.",
  "Minutes late are a whole number from 1 to {}.":
    "Ange förseningen i minuter som ett heltal från 1 till {0}.",
  "Mark at least one student.": "Markera minst en studerande.",
  "Mark at most 500 students at once: a group at a time.":
    "Markera högst 500 studerande åt gången: en grupp i taget.",
  "The student is not in the group {}.": "Den studerande hör inte till gruppen {0}.",
  "The student is marked twice in this call.": "Den studerande är markerad två gånger i samma begäran.",
  "The range ends before it starts.": "Intervallet slutar innan det börjar: kontrollera datumen.",
  "Ask for at most {} days at a time.": "Hämta högst {0} dagar åt gången.",
  "Give the id of the previous page's last entry, as the trail returned it.":
    "Ange identifieraren för den sista posten på föregående sida, så som loggen returnerade den.",
  'Choose a part of Polku, such as "hoks" or "plugins.<plugin id>".':
    'Välj en del av Polku, till exempel "hoks" eller "plugins.<tilläggets id>".',
  "Write your username.": "Skriv ditt användarnamn.",
  "Write your password.": "Skriv ditt lösenord.",
  "A password is at most 1,000 characters.": "Ett lösenord kan ha högst 1 000 tecken.",
  "The username or password is wrong.": "Användarnamnet eller lösenordet är fel.",
  "That role is not yours.": "Du har inte den rollen.",
  "The coaching session was not found.": "Coachningstillfället hittades inte.",
  "Give the session a title.": "Ge tillfället en rubrik.",
  "A topic needs a word or two.": "Skriv ett eller två ord som ämne.",
  "List at most 20 topics.": "Ange högst 20 ämnen.",
  "Name at most 200 students: add a whole group by its group instead.":
    "Välj högst 200 studerande: lägg hellre till en hel grupp som grupp.",
  "Use a time in the form HH:MM, e.g. 14:00.": "Ange tiden i formen HH:MM, till exempel 14:00.",
  "Mark at most 200 students at once.": "Markera högst 200 studerande åt gången.",
  "Write the note.": "Skriv anteckningen.",
  "groupId: the group was not found.": "groupId: gruppen hittades inte.",
  "studentIds: a student was not found.": "studentIds: en av de studerande hittades inte.",
  "studentId: an individual session has one student.":
    "studentId: en individuell coachning har bara en studerande.",
  "attendance: an individual session has one student.":
    "attendance: en individuell coachning har bara en studerande.",
  "The student was not found.": "Den studerande hittades inte.",
  "sessionId: the session was not found.": "sessionId: tillfället hittades inte.",
  "An active consent was not found.": "Något gällande samtycke hittades inte.",
  "The student's HOKS was saved by someone else at the same moment: reload it and save again.":
    "Någon annan sparade den studerandes HOKS i samma stund: ladda om den och spara igen.",
  "The HOKS has 1 problem.": "HOKS-planen har 1 fel.",
  "The HOKS has {} problems.": "HOKS-planen har {0} fel.",
  "This HOKS belongs to another learner: its learner OID is not the student's.":
    "Den här HOKS-planen hör till en annan studerande: dess studerandenummer (oppijanumero) är inte den studerandes.",
  "Choose the unit.": "Välj examensdelen.",
  "The student has no HOKS yet.": "Den studerande har ännu ingen HOKS.",
  "The unit {} is in no qualification's requirements in Polku: choose the unit from the qualification's list.":
    "Examensdelen {0} ingår inte i någon examens grunder i Polku: välj examensdelen ur examens egen lista.",
  "The student has no learner OID or study-right OID yet: a HOKS belongs to a study right.":
    "Den studerande har ännu inget studerandenummer (oppijanumero) eller någon OID för studierätten: en HOKS hör alltid till en studierätt.",
  "The HOKS is already approved: edit it to make a new draft first.":
    "HOKS-planen är redan godkänd: redigera den först så att ett nytt utkast skapas.",
  "The HOKS is already waiting for approval.": "HOKS-planen väntar redan på godkännande.",
  "The HOKS is already approved.": "HOKS-planen är redan godkänd.",
  "The student's HOKS is still a draft: the tutor submits it for approval first.":
    "Den studerandes HOKS är fortfarande ett utkast: den personliga handledaren skickar den först för godkännande.",
  "Only the student, or the guardian of a minor student, can approve this HOKS.":
    "Endast den studerande, eller vårdnadshavaren till en minderårig studerande, kan godkänna den här HOKS-planen.",
  "unitCode: the unit {} is not in the student's HOKS.":
    "unitCode: examensdelen {0} finns inte i den studerandes HOKS.",
  "This unit is not in the student's HOKS.": "Den här examensdelen finns inte i den studerandes HOKS.",
  "Name each kind of organisation once.": "Välj varje typ av organisation bara en gång.",
  "The step was not found.": "Steget hittades inte.",
  "Only the organisation that recorded this step can correct or cancel it.":
    "Endast den organisation som registrerade steget kan rätta eller annullera det.",
  'This deployment has no step kind "{}".': 'Den här tjänsten har ingen typ av steg "{0}".',
  "The end date is before the start date.": "Slutdatumet är före startdatumet.",
  "The step is already cancelled.": "Steget är redan annullerat.",
  "Choose the kind of step.": "Välj typ av steg.",
  "Say why, so that others reading the pathway understand the change.":
    "Ange orsaken, så att andra som följer den fortsatta vägen förstår ändringen.",
  "Only the organisation that recorded this step can change it.":
    "Endast den organisation som registrerade steget kan ändra det.",
  "The qualification was not found.": "Examen hittades inte.",
  "Write the reason for the referral.": "Skriv orsaken till hänvisningen till studerandevården.",
  "Name each status once.": "Välj varje status bara en gång.",
  "The referral was not found.": "Hänvisningen till studerandevården hittades inte.",
  "This is not an id: an id is a UUID such as 3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b.":
    "Det här är ingen identifierare: en identifierare är en UUID, till exempel 3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b.",
  "Ask for 1 to {} rows at a time.": "Hämta 1–{0} rader åt gången.",
  "Start the page at row 0 to 1,000,000: narrow the search for rows further on.":
    "Låt sidan börja på rad 0–1 000 000: avgränsa sökningen för att nå rader längre fram.",
  "Give an smtp:// or smtps:// address here.": "Ange en adress som börjar med smtp:// eller smtps:// här.",
  "Give an address with an @ here.": "Ange en adress med @ här.",
  "Give an http:// or https:// address here.": "Ange en adress som börjar med http:// eller https:// här.",
  "Batch call exceeds maximum size": "Batchanropet överskrider den maximala storleken",
  '"input" needs to be an object when doing a batch call': '"input" måste vara ett objekt vid ett batchanrop',
  'No procedure found on path "{}"': 'Ingen procedur hittades på sökvägen "{0}"',
  "This API has no subscriptions.": "Det här API:et har inga prenumerationer.",
  '"{}" is not a date: write it as YYYY-MM-DD or d.m.yyyy, e.g. {}.':
    '"{0}" är inte ett datum: skriv det som ÅÅÅÅ-MM-DD eller d.m.åååå, t.ex. {1}.',
  "this line is for {} but the import is for {}: import each day's marks separately.":
    "den här raden gäller {0} men importen gäller {1}: importera varje dags markeringar för sig.",
  'the lesson is longer than {} characters: shorten it, e.g. "3" or "ENG 2".':
    'lektionen är längre än {0} tecken: förkorta den, t.ex. "3" eller "ENG 2".',
  "the mark is missing: write present, absent, excused or late (läsnä, poissa, luvallinen, myöhässä).":
    "markeringen saknas: skriv läsnä, poissa, luvallinen eller myöhässä (även present, absent, excused och late går bra).",
  '"{}" is not a mark: write present, absent, excused or late (läsnä, poissa, luvallinen, myöhässä).':
    '"{0}" är ingen markering: skriv läsnä, poissa, luvallinen eller myöhässä (även present, absent, excused och late går bra).',
  '"{}" is not a number of minutes: write a whole number, e.g. 10.':
    '"{0}" är inget antal minuter: skriv ett heltal, t.ex. 10.',
  "the same student already has a mark for this lesson ({}) on line {}: keep one of the two lines.":
    "samma studerande har redan en markering för den här lektionen ({0}) på rad {1}: behåll bara en av raderna.",
  "the same student already has a mark for this day on line {}: keep one of the two lines.":
    "samma studerande har redan en markering för den här dagen på rad {0}: behåll bara en av raderna.",
  '"{}" is not a date: write YYYY-MM-DD.': '"{0}" är inte ett datum: skriv ÅÅÅÅ-MM-DD.',
  '"{}" is not a timestamp: write e.g. 2017-10-25T21:00:00.000Z.':
    '"{0}" är ingen tidsstämpel: skriv t.ex. 2017-10-25T21:00:00.000Z.',
  "Interruption periods overlap: each must end before the next one starts.":
    "Avbrottsperioderna överlappar: varje period måste sluta innan nästa börjar.",
  "A name cannot be empty.": "Namnet kan inte vara tomt.",
  "The file is larger than {} characters (about 2 MB): split it into smaller files, e.g. one per group, and import them one by one.":
    "Filen är större än {0} tecken (cirka 2 MB): dela upp den i mindre filer, t.ex. en per grupp, och importera dem en i taget.",
  'A lesson is at most {} characters, e.g. "3" or "ENG 2".':
    'En lektion är högst {0} tecken, t.ex. "3" eller "ENG 2".',
  "Give the time of the previous page's last entry, as the trail returned it.":
    "Ange tiden för föregående sidas sista post, så som loggen gav den.",
  "The file is larger than about 2 MB: that is not a single HOKS.":
    "Filen är större än cirka 2 MB: det är inte en enskild HOKS.",
  "The agreement was not found.": "Avtalet hittades inte.",
  "The provider is not a party of its own agreement: name the partners only.":
    "Utbildningsanordnaren är inte part i sitt eget avtal: ange bara partnerna.",
  "No organisation of the region has this id: choose the party from the list.":
    "Ingen organisation i regionen har detta id: välj parten i listan.",
  "{} is not the kind of organisation this role is for: choose another organisation or another role.":
    "{0} är inte den typ av organisation som rollen gäller: välj en annan organisation eller en annan roll.",
  "Give a funding year from 2018 to 2100.": "Ange ett finansieringsår mellan 2018 och 2100.",
  "Give a number above 0.": "Ange ett tal större än 0.",
  "The agreement has no such party: choose one of its parties.":
    "Avtalet har ingen sådan part: välj en av dess parter.",
  "No funding model applies to {}: choose {} or later.":
    "Ingen finansieringsmodell gäller för {0}: välj {1} eller senare.",
  "The version was not found.": "Versionen hittades inte.",
  "Your organisation has already accepted this version.":
    "Din organisation har redan godkänt den här versionen.",
  "100 to 2,000 scenarios.": "100–2 000 scenarier.",
  "This field is not part of a share agreement: leave it out or check its spelling.":
    "Fältet hör inte till ett fördelningsavtal: lämna bort det eller kontrollera stavningen.",
  "A partner sees its own statement only.": "En partner ser bara sin egen redovisning.",
  "You negotiate for no education provider.": "Du förhandlar inte för någon utbildningsanordnare.",
  "Only the provider's negotiators and managers propose versions.":
    "Endast utbildningsanordnarens förhandlare och chefer kan föreslå versioner.",
  "Your organisation is not a party of this version.": "Din organisation är inte part i den här versionen.",
  "the student is missing: write the learner OID (1.2.246.562.24.…) or the Polku student id.":
    "den studerande saknas: skriv studerandenumret (oppijanumero, 1.2.246.562.24.…) eller Polkus studerande-id.",
  '"{}" is neither a learner OID (1.2.246.562.24.…) nor a Polku student id: copy the student\'s learner OID from the student information system.':
    '"{0}" är varken ett studerandenummer (oppijanumero, 1.2.246.562.24.…) eller ett studerande-id i Polku: kopiera den studerandes studerandenummer från studieadministrationssystemet.',
  'minutes late are given but the mark is "{}": mark the student late, or leave the minutes out.':
    'minuter försenad har angetts men markeringen är "{0}": markera den studerande som försenad eller lämna bort minuterna.',
  "minutes late must be a whole number from 1 to {}.":
    "minuter försenad måste vara ett heltal från 1 till {0}.",
  '"{}" is not a Finnish business ID (Y-tunnus): write it as seven digits, a hyphen and a check digit, e.g. 0201256-6.':
    '"{0}" är inte ett finskt FO-nummer (Y-tunnus): skriv det som sju siffror, ett bindestreck och en kontrollsiffra, t.ex. 0201256-6.',
  '"{}" cannot be a Finnish business ID (Y-tunnus): no check digit fits its first seven digits. Check the digits against the trade register (ytj.fi).':
    '"{0}" kan inte vara ett FO-nummer: ingen kontrollsiffra passar dess första sju siffror. Kontrollera siffrorna mot handelsregistret (ytj.fi).',
  '"{}" has the wrong check digit for a Finnish business ID (Y-tunnus). Check for a typing error against the trade register (ytj.fi).':
    'FO-numret "{0}" har fel kontrollsiffra. Kontrollera om det finns ett skrivfel mot handelsregistret (ytj.fi).',
  '"{}" has the wrong check digit for a Finnish business ID (Y-tunnus): the first seven digits call for {}. Check for a typing error against the trade register (ytj.fi).':
    'FO-numret "{0}" har fel kontrollsiffra: de första sju siffrorna kräver {1}. Kontrollera om det finns ett skrivfel mot handelsregistret (ytj.fi).',
  "learner (oppija) OID": "studerandenummer (oppijanumero, OID)",
  "study-right (opiskeluoikeus) OID": "studierättens OID",
  "organisation OID": "organisationens OID",
  '"{}" is not a {}: expected the form {} (ten digits not starting with 0, then a check digit).':
    '"{0}" är inte ett {1}: formen ska vara {2} (tio siffror som inte börjar med 0, sedan en kontrollsiffra).',
  '"{}" is not a {}: its node (the fifth number) belongs to another kind of identifier. Check that the right OID was copied into this field.':
    '"{0}" är inte ett {1}: dess nod (det femte talet) hör till en annan typ av identifierare. Kontrollera att rätt OID har kopierats till fältet.',
  '"{}" is not a valid {}: the check digit does not match. Copy the OID again from Opintopolku or KOSKI.':
    '"{0}" är inte ett giltigt {1}: kontrollsiffran stämmer inte. Kopiera OID:t på nytt från Studieinfo eller KOSKI.',
  '"{}" is a test-environment {}; this deployment accepts production OIDs only. Use the learner\'s real OID.':
    '"{0}" är ett {1} från testmiljön; den här tjänsten godkänner endast OID:n från produktionsmiljön. Använd den studerandes riktiga studerandenummer.',
  'This step is already done and cannot change to "{}". Add a new step instead.':
    'Det här skedet är redan klart och kan inte ändras till "{0}". Lägg till ett nytt skede i stället.',
  'This step is already cancelled and cannot change to "{}". Add a new step instead.':
    'Det här skedet är redan inställt och kan inte ändras till "{0}". Lägg till ett nytt skede i stället.',
  'A step cannot go from "{}" to "{}". Allowed: planned -> in_progress, done or cancelled; in_progress -> done or cancelled.':
    'Ett skede kan inte gå från "{0}" till "{1}". Tillåtet: planerat -> pågår, klart eller inställt; pågår -> klart eller inställt.',
  'A pathway cannot move from phase "{}" back to "{}". Phases move forward; the only steps back are to studies or work-life learning (from later phases before the outcome) and from outcome to continuation.':
    'En stig kan inte gå från fasen "{0}" tillbaka till "{1}". Faserna går framåt; de enda stegen bakåt är till studier eller lärande i arbetslivet (från senare faser före resultatet) och från resultat till fortsättning.',
  'A study right in state "{}" cannot change to "{}". An ended study right can only be voided (mitatoity); a returning student needs a new study right in KOSKI.':
    'En studierätt i tillståndet "{0}" kan inte ändras till "{1}". En avslutad studierätt kan endast ogiltigförklaras (mitätöidä); en återvändande studerande behöver en ny studierätt i KOSKI.',
  "The file has 1 problem, so nothing was saved. Fix it and import the file again:\n{}":
    "Filen har 1 fel, så ingenting sparades. Rätta det och importera filen igen:\n{0}",
  "The file has {} problems, so nothing was saved. Fix them and import the file again:\n{}":
    "Filen har {0} fel, så ingenting sparades. Rätta dem och importera filen igen:\n{1}",
  "visibility: only student-welfare staff may write welfare notes. Refer the student to welfare instead.":
    "visibility: endast personal inom studerandevården får skriva anteckningar för studerandevården. Hänvisa i stället den studerande till studerandevården.",
  'visibility: your role may not write "{}" notes.':
    'visibility: din roll får inte skriva anteckningar med synligheten "{0}".',
  "groupId: an individual session is with one student, not a group.":
    "groupId: en individuell handledning gäller en studerande, inte en grupp.",
  "studentIds: an individual session needs exactly one student.":
    "studentIds: en individuell handledning kräver exakt en studerande.",
  "studentIds: a group session needs a group or at least one student.":
    "studentIds: en grupphandledning kräver en grupp eller minst en studerande.",
  "status: this referral is closed and cannot change. Make a new referral if the student needs help again.":
    "status: den här hänvisningen är stängd och kan inte ändras. Gör en ny hänvisning om den studerande behöver hjälp igen.",
  'status: a referral cannot go from "{}" to "{}". Allowed: open -> in_progress or closed; in_progress -> closed.':
    'status: en hänvisning kan inte gå från "{0}" till "{1}". Tillåtet: öppen -> pågår eller stängd; pågår -> stängd.',
  "The step kind \"{}\" is registered twice. Give the plugin's step kind its own id (e.g. prefix it with the practice's name).":
    'Skedestypen "{0}" är registrerad två gånger. Ge tilläggets skedestyp ett eget id (t.ex. med praxisens namn som prefix).',
  'The step kind "{}" is not valid: {}.': 'Skedestypen "{0}" är inte giltig: {1}.',
  "The HOKS document has 1 problem; fix it in the source system and import again:\n{}":
    "HOKS-dokumentet har 1 fel; rätta det i källsystemet och importera igen:\n{0}",
  "The HOKS document has {} problems; fix them in the source system and import again:\n{}":
    "HOKS-dokumentet har {0} fel; rätta dem i källsystemet och importera igen:\n{1}",
  "The qualification requirements file has 1 problem; nothing was loaded:\n{}":
    "Filen med examensgrunder har 1 fel; ingenting laddades:\n{0}",
  "The qualification requirements file has {} problems; nothing was loaded:\n{}":
    "Filen med examensgrunder har {0} fel; ingenting laddades:\n{1}",
  "The share agreement has 1 problem; fix it and save it again:\n{}":
    "Fördelningsavtalet har 1 fel; rätta det och spara igen:\n{0}",
  "The share agreement has {} problems; fix them and save it again:\n{}":
    "Fördelningsavtalet har {0} fel; rätta dem och spara igen:\n{1}",
  "Too many failed logins. Try again in {} seconds.":
    "För många misslyckade inloggningar. Försök igen om {0} sekunder.",
  "Too many failed logins. Try again in {} minutes.":
    "För många misslyckade inloggningar. Försök igen om {0} minuter.",
  "Line {}, column {}: {}": "Rad {0}, kolumn {1}: {2}",
  "Line {}: {}": "Rad {0}: {1}",
  "{} is in the future: attendance can be marked for today ({}) or earlier.":
    "{0} ligger i framtiden: närvaro kan markeras för i dag ({1}) eller tidigare.",
  "Write a note: what was done about the warning, for the others who read it.":
    "Skriv en anteckning: vad som gjordes med anledning av förvarningen, för andra som läser den.",
  "The student has no early warning to mark handled.":
    "Den studerande har ingen förvarning att markera som behandlad.",
  "This early warning is already marked handled.": "Förvarningen är redan markerad som behandlad.",
  "This early warning is not marked handled.": "Förvarningen är inte markerad som behandlad.",
  "qualificationCode: a qualification's code has six digits.":
    "qualificationCode: examens kod har sex siffror.",
  "Only a company's contact states its needs.":
    "Endast företagets kontaktperson anmäler dess kompetensbehov.",
  "neededUntil: the end is before the start.": "neededUntil: slutdatumet är före startdatumet.",
  "neededUntil: the end is in the past.": "neededUntil: slutdatumet har passerat.",
  "The competence need was not found, or it is closed.":
    "Kompetensbehovet hittades inte, eller så är det redan stängt.",
};
