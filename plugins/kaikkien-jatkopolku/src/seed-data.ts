/** The demo learners' goals and open items (made up, in the spirit of the chapter's examples). */
export const demoLearners = [
  {
    goal: {
      challenge: "Laskut jäävät maksamatta, kun eräpäivät unohtuvat.",
      personalGoal: "Teen kuukauden budjetin ja otan e-laskut käyttöön.",
      continuationPath: "Talous- ja velkaneuvonta kumppanin kanssa koulutuksen jälkeen.",
    },
    items: ["Budjettipohja", "Velkojen järjestely"],
  },
  {
    goal: {
      challenge: "Kelan hakemukset tuntuvat vaikeilta.",
      personalGoal: "Haen asumistukea itse verkossa.",
      continuationPath: "Kirjaston digituki, jos hakemus jumiutuu.",
    },
    items: ["Tunnistautuminen pankkitunnuksilla", "Liitteiden skannaus"],
  },
  {
    goal: {
      challenge: "Ruokaan menee liikaa rahaa kuun lopussa.",
      personalGoal: "Suunnittelen viikon ruokaostokset.",
      continuationPath: "Vertaisryhmä kumppanin asukastilassa.",
    },
    items: ["Ostoslista", "Hintavertailu"],
  },
  {
    goal: {
      challenge: "En tiedä, mitä vakuutuksia tarvitsen.",
      personalGoal: "Käyn vakuutukseni läpi ja karsin turhat.",
      continuationPath: "Kuluttajaneuvonnan tapaaminen.",
    },
    items: ["Vakuutusten lista", "Kotivakuutuksen vertailu"],
  },
  {
    goal: {
      challenge: "Verkkopankki on vaikea käyttää.",
      personalGoal: "Maksan laskut verkkopankissa itse.",
      continuationPath: "Digitukea kirjastossa kerran viikossa.",
    },
    items: ["Verkkopankin tunnukset", "Laskun maksaminen"],
  },
  {
    goal: {
      challenge: "Ajanvaraus terveysasemalle ei onnistu puhelimella.",
      personalGoal: "Varaan ajan terveysasemalle verkossa.",
      continuationPath: "Kumppanin digiopastaja koulutuksen jälkeen.",
    },
    items: ["Sovelluksen asennus", "Ajanvarauksen harjoittelu"],
  },
  {
    goal: {
      challenge: "Sähköposti ja viestit hukkuvat.",
      personalGoal: "Järjestän sähköpostin kansioihin ja tunnistan huijausviestit.",
      continuationPath: "Digitaitojen vertaisryhmä.",
    },
    items: ["Kansiot", "Huijausviestien tunnistaminen"],
  },
  {
    goal: {
      challenge: "Työpaikkailmoituksiin hakeminen verkossa.",
      personalGoal: "Teen ansioluettelon ja lähetän yhden hakemuksen.",
      continuationPath: "TE-palveluiden työnhakuvalmennus.",
    },
    items: ["Ansioluettelo", "Hakemuksen lähettäminen"],
  },
] as const;
