/** The demo catalogue's badges, in the shape of the national competence badges (goals, criteria). */
import type { Words } from "./db/schema.ts";

interface DemoVersion {
  name: Words;
  description: Words;
  criteria: Words;
  learningGoals: Words[];
  evidence: Words;
  assessorRoles: string[];
  assessorOrganisations: string[];
  competenceNeed: Words | null;
  skills: string[];
  validityMonths: number | null;
}

export function demoBadges(orgs: {
  company: string;
  care: string;
}): { slug: string; versions: DemoVersion[] }[] {
  const customerService: DemoVersion = {
    name: {
      fi: "Asiakaspalvelu yrityksessä",
      sv: "Kundservice i ett företag",
      en: "Customer service in a company",
    },
    description: {
      fi: "Osaa palvella asiakkaita paikallisessa yrityksessä ja toimia yrityksen tapojen mukaan.",
      sv: "Kan betjäna kunder i ett lokalt företag enligt företagets sätt.",
      en: "Serves customers in a local company, following the company's ways.",
    },
    criteria: {
      fi: "Palvelee asiakkaita vähintään viikon ajan ja kuvaa yhden haastavan asiakastilanteen ja miten ratkaisi sen.",
      sv: "Betjänar kunder minst en vecka och beskriver en svår kundsituation och hur hen löste den.",
      en: "Serves customers for at least a week and describes one difficult situation and how they solved it.",
    },
    learningGoals: [
      {
        fi: "osaa kohdata asiakkaan ystävällisesti",
        sv: "kan möta kunden vänligt",
        en: "meets a customer kindly",
      },
      {
        fi: "osaa ratkaista asiakkaan ongelman",
        sv: "kan lösa kundens problem",
        en: "solves a customer's problem",
      },
    ],
    evidence: {
      fi: "Kuvaus asiakastilanteesta (teksti) ja yrityksen yhteyshenkilön arvio.",
      sv: "En beskrivning av en kundsituation (text) och företagets kontaktpersons bedömning.",
      en: "A description of a customer situation (text) and the company contact's assessment.",
    },
    assessorRoles: ["company_contact"],
    assessorOrganisations: [orgs.company],
    competenceNeed: {
      fi: "Rakennusalan yritykset tarvitsevat työntekijöitä, jotka osaavat palvella kotitalousasiakkaita.",
      sv: "Byggföretag behöver anställda som kan betjäna hushållskunder.",
      en: "Construction companies need staff who can serve household customers.",
    },
    skills: ["vuorovaikutus", "ongelmanratkaisu"],
    validityMonths: 36,
  };
  return [
    {
      slug: "asiakaspalvelu-yrityksessa",
      versions: [
        {
          ...customerService,
          criteria: {
            fi: "Palvelee asiakkaita vähintään kaksi päivää.",
            sv: "Betjänar kunder minst två dagar.",
            en: "Serves customers for at least two days.",
          },
        },
        customerService,
      ],
    },
    {
      slug: "yrittajamainen-asenne",
      versions: [
        {
          name: { fi: "Yrittäjämäinen asenne", sv: "Företagsam attityd", en: "Entrepreneurial attitude" },
          description: {
            fi: "Tunnistaa mahdollisuuksia ja tarttuu niihin omassa työssään.",
            sv: "Ser möjligheter och tar vara på dem i sitt arbete.",
            en: "Sees opportunities and takes them up in their own work.",
          },
          criteria: {
            fi: "Laatii pienen kehitysehdotuksen paikalliselle yritykselle ja esittelee sen.",
            sv: "Gör ett litet utvecklingsförslag för ett lokalt företag och presenterar det.",
            en: "Makes a small improvement proposal for a local company and presents it.",
          },
          learningGoals: [
            {
              fi: "tunnistaa kehittämiskohteen",
              sv: "ser något att utveckla",
              en: "spots something to improve",
            },
            {
              fi: "esittää ideansa perustellen",
              sv: "presenterar sin idé med motiv",
              en: "presents the idea with reasons",
            },
          ],
          evidence: {
            fi: "Kehitysehdotus tiedostona tai linkkinä ja lyhyt kuvaus esittelystä.",
            sv: "Utvecklingsförslaget som fil eller länk och en kort beskrivning av presentationen.",
            en: "The proposal as a file or link and a short account of the presentation.",
          },
          assessorRoles: ["teacher", "company_contact"],
          assessorOrganisations: [orgs.company, orgs.care],
          competenceNeed: null,
          skills: ["yrittäjyys", "monialainen ajattelu"],
          validityMonths: null,
        },
      ],
    },
    {
      slug: "paikallinen-elinkeinoelama",
      versions: [
        {
          name: {
            fi: "Paikallisen elinkeinoelämän tuntemus",
            sv: "Kännedom om det lokala näringslivet",
            en: "Knowing the local businesses",
          },
          description: {
            fi: "Tuntee maakunnan keskeiset toimialat ja työnantajat.",
            sv: "Känner landskapets viktigaste branscher och arbetsgivare.",
            en: "Knows the region's main industries and employers.",
          },
          criteria: {
            fi: "Vierailee kahdessa yrityksessä ja kirjoittaa kummastakin lyhyen raportin.",
            sv: "Besöker två företag och skriver en kort rapport om vardera.",
            en: "Visits two companies and writes a short report on each.",
          },
          learningGoals: [
            {
              fi: "osaa kertoa maakunnan toimialoista",
              sv: "kan berätta om landskapets branscher",
              en: "can tell about the region's industries",
            },
          ],
          evidence: {
            fi: "Kaksi vierailuraporttia (teksti tai tiedosto).",
            sv: "Två besöksrapporter (text eller fil).",
            en: "Two visit reports (text or file).",
          },
          assessorRoles: ["teacher"],
          assessorOrganisations: [],
          competenceNeed: null,
          skills: ["paikallinen elinkeinoelämä"],
          validityMonths: null,
        },
      ],
    },
  ];
}
