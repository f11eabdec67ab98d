/** The verifier's reasons in words, in Finnish, Swedish and English (dates in each language's form). */
export interface Words {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
}

const day = (locale: string, d: Date) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: "Europe/Helsinki",
    day: "numeric",
    month: "numeric",
    year: "numeric",
  }).format(d);
const fi = (d: Date) => day("fi-FI", d);
const sv = (d: Date) => day("sv-FI", d);
const en = (d: Date) => day("en-GB", d);

export const words = {
  allOk: (): Words => ({
    fi: "Merkki on aito ja voimassa.",
    sv: "Märket är äkta och giltigt.",
    en: "The badge is genuine and valid.",
  }),
  tooLarge: (): Words => ({
    fi: "Tiedosto on liian suuri merkiksi: enintään 64 kt tarkistetaan.",
    sv: "Filen är för stor för ett märke: högst 64 kB kontrolleras.",
    en: "The file is too large for a badge: at most 64 kB is checked.",
  }),
  tooDeep: (): Words => ({
    fi: "Tiedosto ei ole merkki: sen rakenne on liian syvä.",
    sv: "Filen är inget märke: dess struktur är för djup.",
    en: "The file is not a badge: its structure is nested too deeply.",
  }),
  tooManyStatuses: (): Words => ({
    fi: "Merkissä on liian monta tilatietoa: enintään kaksi tarkistetaan.",
    sv: "Märket har för många statusuppgifter: högst två kontrolleras.",
    en: "The badge names too many status entries: at most two are checked.",
  }),
  notACredential: (): Words => ({
    fi: "Tiedosto ei ole merkki: se ei ole JSON-objekti.",
    sv: "Filen är inget märke: den är inte ett JSON-objekt.",
    en: "The file is not a badge: it is not a JSON object.",
  }),
  notABadge: (): Words => ({
    fi: "Tiedosto ei ole Open Badges 3.0 -merkki, joten sen allekirjoitusta ja myöntäjää ei tarkistettu. Valitse merkin oma tiedosto.",
    sv: "Filen är inget Open Badges 3.0-märke, så dess signatur och utfärdare kontrollerades inte. Välj märkets egen fil.",
    en: "The file is not an Open Badges 3.0 badge, so its signature and issuer were not checked. Choose the badge's own file.",
  }),
  schemaOk: (): Words => ({
    fi: "Merkki on Open Badges 3.0 -muotoinen.",
    sv: "Märket följer Open Badges 3.0.",
    en: "The badge is in the Open Badges 3.0 form.",
  }),
  schemaBroken: (what: string): Words => ({
    fi: `Merkki ei ole Open Badges 3.0 -muotoinen. Virheelliset kohdat: ${what}.`,
    sv: `Märket följer inte Open Badges 3.0. Felaktiga delar: ${what}.`,
    en: `The badge is not in the Open Badges 3.0 form. Parts in error: ${what}.`,
  }),
  signatureOk: (): Words => ({
    fi: "Allekirjoitus on ehjä, ja sen on tehnyt merkin myöntäjä.",
    sv: "Signaturen är oförändrad och gjord av märkets utfärdare.",
    en: "The signature is intact and was made by the badge's issuer.",
  }),
  badSignature: (): Words => ({
    fi: "Allekirjoitus ei täsmää: merkkiä on muutettu sen myöntämisen jälkeen.",
    sv: "Signaturen stämmer inte: märket har ändrats efter att det utfärdades.",
    en: "The signature does not match: the badge was changed after it was issued.",
  }),
  wrongIssuer: (): Words => ({
    fi: "Allekirjoituksen avain ei kuulu merkin myöntäjälle.",
    sv: "Signaturens nyckel tillhör inte märkets utfärdare.",
    en: "The signing key does not belong to the badge's issuer.",
  }),
  unknownIssuer: (): Words => ({
    fi: "Myöntäjä ei ole tämän palvelun tuntema: sen avaimia ei löydy.",
    sv: "Utfärdaren är okänd för tjänsten: dess nycklar hittas inte.",
    en: "The issuer is not known to this service: its keys cannot be found.",
  }),
  noValidFrom: (): Words => ({
    fi: "Merkistä puuttuu voimassaolon alkupäivä.",
    sv: "Märket saknar giltighetens startdag.",
    en: "The badge has no start of validity.",
  }),
  notYetValid: (from: Date): Words => ({
    fi: `Merkki on voimassa vasta ${fi(from)} alkaen.`,
    sv: `Märket gäller först från ${sv(from)}.`,
    en: `The badge is valid only from ${en(from)}.`,
  }),
  expired: (until: Date): Words => ({
    fi: `Merkin voimassaolo päättyi ${fi(until)}.`,
    sv: `Märkets giltighet upphörde ${sv(until)}.`,
    en: `The badge expired on ${en(until)}.`,
  }),
  datesOk: (from: Date, until: Date | undefined): Words =>
    until
      ? {
          fi: `Voimassa ${fi(from)}–${fi(until)}.`,
          sv: `Giltigt ${sv(from)}–${sv(until)}.`,
          en: `Valid from ${en(from)} to ${en(until)}.`,
        }
      : {
          fi: `Voimassa ${fi(from)} alkaen toistaiseksi.`,
          sv: `Giltigt från ${sv(from)} tills vidare.`,
          en: `Valid from ${en(from)}, with no end date.`,
        },
  noStatus: (): Words => ({
    fi: "Merkistä ei voi tarkistaa, onko se peruttu: siinä ei ole tilatietoa.",
    sv: "Det går inte att kontrollera om märket har återkallats: det saknar statusuppgift.",
    en: "Whether the badge was revoked cannot be checked: it has no status entry.",
  }),
  listUnknown: (): Words => ({
    fi: "Merkin peruutuslistaa ei löydy.",
    sv: "Märkets återkallelselista hittas inte.",
    en: "The badge's revocation list cannot be found.",
  }),
  listInvalid: (): Words => ({
    fi: "Merkin peruutuslista ei ole myöntäjän allekirjoittama tai se on rikki.",
    sv: "Märkets återkallelselista är inte signerad av utfärdaren eller är trasig.",
    en: "The badge's revocation list is not signed by its issuer or is broken.",
  }),
  revoked: (): Words => ({
    fi: "Myöntäjä on perunut merkin.",
    sv: "Utfärdaren har återkallat märket.",
    en: "The issuer has revoked the badge.",
  }),
  notRevoked: (): Words => ({
    fi: "Merkkiä ei ole peruttu.",
    sv: "Märket har inte återkallats.",
    en: "The badge has not been revoked.",
  }),
};
