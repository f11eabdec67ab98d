import type { ErrorTranslations } from "@polku/plugin-sdk/server";

/**
 * The plugin's failure messages in Finnish and Swedish, keyed by the English the plugin raises them
 * in (`{}` for a value, placed as `{0}`, `{1}`, ...): the host says each in the person's language.
 * test/error-translations.test.ts fails on a message left out.
 */
export const errorTranslations: ErrorTranslations = {
  fi: {
    "Only a higher-education institution keeps credit rules.":
      "Vain korkeakoulu ylläpitää hyväksilukusääntöjä.",
    "Say in Finnish what the badges are recognised for.": "Kerro suomeksi, mihin merkit hyväksytään.",
    "The credit rule was not found.": "Hyväksilukusääntöä ei löytynyt.",
    "The passport link was not found.": "Passin linkkiä ei löytynyt.",
    "Your company has endorsed this badge already.": "Yrityksenne on jo suositellut tätä merkkiä.",
    "Choose at least one badge.": "Valitse vähintään yksi merkki.",
    "badgeIds: choose badges of your own that are in force.":
      "badgeIds: Valitse omia, voimassa olevia merkkejäsi.",
    "Choose the badges to show.": "Valitse näytettävät merkit.",
    "Say why your company endorses the badge.": "Kerro, miksi yrityksenne suosittelee merkkiä.",
    "1 to 60 credits.": "1–60 opintopistettä.",
    "credits: give the credits for a credit rule, and none for a study place.":
      "credits: Anna opintopisteet hyväksilukusäännölle, mutta ei opiskelupaikalle.",
    "The badge pursuit was not found.": "Merkin suoritusta ei löytynyt.",
    "The evidence was not found.": "Näyttöä ei löytynyt.",
    "Only a badge sent for assessment can be approved.": "Vain arvioitavaksi lähetetyn merkin voi hyväksyä.",
    "The student was not found.": "Opiskelijaa ei löytynyt.",
    "Say what is missing.": "Kerro, mitä puuttuu.",
    "Only a badge sent for assessment can be returned.": "Vain arvioitavaksi lähetetyn merkin voi palauttaa.",
    "Use lower-case letters, digits and hyphens, like asiakaspalvelu-yrityksessa.":
      "Käytä pieniä kirjaimia, numeroita ja yhdysviivoja, esimerkiksi asiakaspalvelu-yrityksessa.",
    "The badge was not found.": "Merkkiä ei löytynyt.",
    "slug: another badge has this address already.": "slug: Toisella merkillä on jo tämä osoite.",
    "text: write your evidence: what you did and what you learned.":
      "text: Kirjoita näyttösi: mitä teit ja mitä opit.",
    "file: choose a file to add.": "file: Valitse lisättävä tiedosto.",
    "url: give an address that begins with http:// or https://.":
      "url: Anna osoite, joka alkaa http:// tai https://.",
    "Give an address that begins with http:// or https://.": "Anna osoite, joka alkaa http:// tai https://.",
    "A file may be at most 2 MB.": "Tiedosto saa olla enintään 2 Mt.",
    "file: a file may be at most 2 MB.": "file: Tiedosto saa olla enintään 2 Mt.",
    "Choose a file to add.": "Valitse lisättävä tiedosto.",
    "assessorOrganisationId: this badge is assessed by a company: choose one.":
      "assessorOrganisationId: Tämän merkin arvioi yritys: valitse yritys.",
    "assessorOrganisationId: this company does not assess this badge.":
      "assessorOrganisationId: Tämä yritys ei arvioi tätä merkkiä.",
    "You are pursuing this badge already.": "Suoritat jo tätä merkkiä.",
    "This badge is with its assessor or decided: evidence can no longer be added.":
      "Merkki on arvioijalla tai jo ratkaistu: näyttöä ei voi enää lisätä.",
    "A badge takes at most {} pieces of evidence.": "Merkkiin voi liittää enintään {0} näyttöä.",
    "This badge is with its assessor or decided: evidence can no longer be removed.":
      "Merkki on arvioijalla tai jo ratkaistu: näyttöä ei voi enää poistaa.",
    "This badge is with its assessor or decided already.": "Merkki on jo arvioijalla tai ratkaistu.",
    "Add evidence before you send the badge to be assessed.":
      "Lisää näyttö ennen kuin lähetät merkin arvioitavaksi.",
    "A guardian must consent before a company assesses a minor's badge.":
      "Huoltajan on annettava suostumus, ennen kuin yritys arvioi alaikäisen merkin.",
    "This badge is assessed by a teacher: no consent is needed.":
      "Tämän merkin arvioi opettaja: suostumusta ei tarvita.",
    "Write the badge's name in Finnish.": "Kirjoita merkin nimi suomeksi.",
    "Write each learning goal in Finnish.": "Kirjoita jokainen osaamistavoite suomeksi.",
    "Give at least one learning goal.": "Anna vähintään yksi osaamistavoite.",
    "Say who may assess the badge: a teacher, a company contact or both.":
      "Kerro, kuka merkin voi arvioida: opettaja, yrityksen yhteyshenkilö tai molemmat.",
    "A validity period is 1 to 120 months.": "Voimassaoloaika on 1–120 kuukautta.",
    "Say why the badge is revoked.": "Kerro, miksi merkki perutaan.",
    "The badge is revoked already.": "Merkki on jo peruttu.",
    "Only an education provider signs badges.": "Vain koulutuksen järjestäjä allekirjoittaa merkkejä.",
    "file: only PDF, PNG, JPEG, WebP and plain text files are taken.":
      "file: Vain PDF-, PNG-, JPEG-, WebP- ja tekstitiedostot käyvät.",
    "file: the file is empty.": "file: Tiedosto on tyhjä.",
    "file: the file's content is not of the type it claims.":
      "file: Tiedoston sisältö ei ole sitä tyyppiä, jota se väittää olevansa.",
    "Give 32 bytes in base64 (44 characters ending in =).":
      "Anna 32 tavua base64-muodossa (44 merkkiä, lopussa =).",
    "Give an http:// or https:// address here.": "Anna tähän http://- tai https://-osoite.",
    "Describe the badge in Finnish.": "Kuvaa merkki suomeksi.",
    "Write the criteria in Finnish.": "Kirjoita kriteerit suomeksi.",
    "Say in Finnish what evidence the badge needs.": "Kerro suomeksi, mitä näyttöä merkki vaatii.",
    "Describe the competence need in Finnish.": "Kuvaa osaamistarve suomeksi.",
    "A link lasts 1 to 12 months.": "Linkki on voimassa 1–12 kuukautta.",
    "Choose at most 20 competence needs.": "Valitse enintään 20 osaamistarvetta.",
    "competenceNeedIds: choose open competence needs of the region's companies.":
      "competenceNeedIds: Valitse alueen yritysten avoimia osaamistarpeita.",
  },
  sv: {
    "Only a higher-education institution keeps credit rules.":
      "Endast en högskola upprätthåller regler för tillgodoräknande.",
    "Say in Finnish what the badges are recognised for.": "Säg på finska vad märkena tillgodoräknas för.",
    "The credit rule was not found.": "Regeln för tillgodoräknande hittades inte.",
    "The passport link was not found.": "Passets länk hittades inte.",
    "Your company has endorsed this badge already.": "Ert företag har redan rekommenderat det här märket.",
    "Choose at least one badge.": "Välj minst ett märke.",
    "badgeIds: choose badges of your own that are in force.":
      "badgeIds: Välj dina egna märken som är i kraft.",
    "Choose the badges to show.": "Välj märkena som ska visas.",
    "Say why your company endorses the badge.": "Säg varför ert företag rekommenderar märket.",
    "1 to 60 credits.": "1–60 studiepoäng.",
    "credits: give the credits for a credit rule, and none for a study place.":
      "credits: Ange studiepoäng för en regel om tillgodoräknande, men inga för en studieplats.",
    "The badge pursuit was not found.": "Märkets genomförande hittades inte.",
    "The evidence was not found.": "Beviset hittades inte.",
    "Only a badge sent for assessment can be approved.":
      "Endast ett märke som skickats för bedömning kan godkännas.",
    "The student was not found.": "Den studerande hittades inte.",
    "Say what is missing.": "Säg vad som saknas.",
    "Only a badge sent for assessment can be returned.":
      "Endast ett märke som skickats för bedömning kan returneras.",
    "Use lower-case letters, digits and hyphens, like asiakaspalvelu-yrityksessa.":
      "Använd små bokstäver, siffror och bindestreck, till exempel asiakaspalvelu-yrityksessa.",
    "The badge was not found.": "Märket hittades inte.",
    "slug: another badge has this address already.": "slug: Ett annat märke har redan den här adressen.",
    "text: write your evidence: what you did and what you learned.":
      "text: Skriv dina bevis: vad du gjorde och vad du lärde dig.",
    "file: choose a file to add.": "file: Välj en fil att lägga till.",
    "url: give an address that begins with http:// or https://.":
      "url: Ange en adress som börjar med http:// eller https://.",
    "Give an address that begins with http:// or https://.":
      "Ange en adress som börjar med http:// eller https://.",
    "A file may be at most 2 MB.": "En fil får vara högst 2 MB.",
    "file: a file may be at most 2 MB.": "file: En fil får vara högst 2 MB.",
    "Choose a file to add.": "Välj en fil att lägga till.",
    "assessorOrganisationId: this badge is assessed by a company: choose one.":
      "assessorOrganisationId: Märket bedöms av ett företag: välj ett.",
    "assessorOrganisationId: this company does not assess this badge.":
      "assessorOrganisationId: Företaget bedömer inte det här märket.",
    "You are pursuing this badge already.": "Du genomför redan det här märket.",
    "This badge is with its assessor or decided: evidence can no longer be added.":
      "Märket är hos bedömaren eller avgjort: bevis kan inte längre läggas till.",
    "A badge takes at most {} pieces of evidence.": "Ett märke kan ha högst {0} bevis.",
    "This badge is with its assessor or decided: evidence can no longer be removed.":
      "Märket är hos bedömaren eller avgjort: bevis kan inte längre tas bort.",
    "This badge is with its assessor or decided already.": "Märket är redan hos bedömaren eller avgjort.",
    "Add evidence before you send the badge to be assessed.":
      "Lägg till bevis innan du skickar märket för bedömning.",
    "A guardian must consent before a company assesses a minor's badge.":
      "En vårdnadshavare måste samtycka innan ett företag bedömer en minderårigs märke.",
    "This badge is assessed by a teacher: no consent is needed.":
      "Märket bedöms av en lärare: inget samtycke behövs.",
    "Write the badge's name in Finnish.": "Skriv märkets namn på finska.",
    "Write each learning goal in Finnish.": "Skriv varje kompetensmål på finska.",
    "Give at least one learning goal.": "Ange minst ett kompetensmål.",
    "Say who may assess the badge: a teacher, a company contact or both.":
      "Säg vem som får bedöma märket: en lärare, en kontaktperson på ett företag eller båda.",
    "A validity period is 1 to 120 months.": "Giltighetstiden är 1–120 månader.",
    "Say why the badge is revoked.": "Säg varför märket återkallas.",
    "The badge is revoked already.": "Märket är redan återkallat.",
    "Only an education provider signs badges.": "Endast en utbildningsanordnare signerar märken.",
    "file: only PDF, PNG, JPEG, WebP and plain text files are taken.":
      "file: Endast PDF-, PNG-, JPEG-, WebP- och textfiler tas emot.",
    "file: the file is empty.": "file: Filen är tom.",
    "file: the file's content is not of the type it claims.":
      "file: Filens innehåll är inte av den typ den påstår.",
    "Give 32 bytes in base64 (44 characters ending in =).":
      "Ange 32 byte i base64 (44 tecken som slutar på =).",
    "Give an http:// or https:// address here.": "Ange en http://- eller https://-adress här.",
    "Describe the badge in Finnish.": "Beskriv märket på finska.",
    "Write the criteria in Finnish.": "Skriv kriterierna på finska.",
    "Say in Finnish what evidence the badge needs.": "Säg på finska vilka bevis märket kräver.",
    "Describe the competence need in Finnish.": "Beskriv kompetensbehovet på finska.",
    "A link lasts 1 to 12 months.": "En länk gäller 1–12 månader.",
    "Choose at most 20 competence needs.": "Välj högst 20 kompetensbehov.",
    "competenceNeedIds: choose open competence needs of the region's companies.":
      "competenceNeedIds: Välj öppna kompetensbehov hos regionens företag.",
  },
};
