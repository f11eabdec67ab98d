/** Region strings (the region's organisations and the funding models); registered under "region". */
export const fi = {
  "card.organisations": "Alueen toimijat",
  "card.funding": "Rahoitusmallit",
  "organisations.title": "Alueen toimijat",
  "organisations.intro":
    "Koulutuksen järjestäjät, työpajat, yritykset ja kumppanit, jotka tekevät Polussa yhteistyötä opiskelijoiden polkujen hyväksi.",
  "organisations.count": "{count} toimijaa",
  "organisations.summary": "Alueella on {total} toimijaa: {parts}.",
  "organisations.open": "Katso alueen toimijat",
  "organisations.businessId": "Y-tunnus",
  "organisations.none": "Alueella ei ole vielä toimijoita.",
  "funding.title": "Ammatillisen koulutuksen rahoitusmallit",
  "funding.intro":
    "Mistä ammatillisen koulutuksen rahoitus muodostuu kunakin vuonna. Vaikuttavuusrahoituksen osuutta työllistymisestä ja jatko-opinnoista voidaan jakaa työhön osallistuneiden kumppanien kanssa.",
  "funding.cardBody": "Vuodesta {year} alkaen työllistyminen ja jatko-opinnot tuovat {share} rahoituksesta.",
  "funding.open": "Vertaa rahoitusmalleja",
  "funding.applied": "Käytössä vuodesta {from}",
  "funding.appliedUntil": "Käytössä vuosina {from}–{to}",
  "funding.notApplied": "Ei otettu käyttöön",
  "funding.criteria": "Rahoitusperusteet: {model}",
  "funding.criterion": "Peruste",
  "funding.part": "Rahoituksen osa",
  "funding.weight": "Osuus rahoituksesta",
  "funding.lag": "Tilastovuodesta rahoitusvuoteen",
  "funding.years": "{n} v",
  "funding.part.basic": "Perusrahoitus",
  "funding.part.performance": "Suoritusrahoitus",
  "funding.part.effectiveness": "Vaikuttavuusrahoitus",
  "funding.placement": "Jaettava peruste",
  "funding.transition": "Siirtymäajan rajat: {model}",
  "funding.transitionIntro":
    "Järjestäjän osuus valtakunnallisesta rahoituksesta voi muuttua edellisestä vuodesta enintään näin paljon. Rajojen jälkeen osuudet tasataan yhteisellä kertoimella niin, että ne ovat yhteensä sata prosenttia.",
  "funding.year": "Rahoitusvuosi",
  "funding.min": "Enintään lasku",
  "funding.max": "Enintään nousu",
  "funding.assumptions":
    "Viive tilastovuodesta rahoitusvuoteen ja kahden vuoden keskiarvot ovat oletuksia, joita ei ole tarkistettu: neuvottelija voi muuttaa niitä laskelmissa.",
  "funding.source": "Lähde: {source}",
} as const;

export type MessageKey = keyof typeof fi;

export const sv: Record<MessageKey, string> = {
  "card.organisations": "Regionens aktörer",
  "card.funding": "Finansieringsmodeller",
  "organisations.title": "Regionens aktörer",
  "organisations.intro":
    "Utbildningsanordnare, verkstäder, företag och partner som samarbetar i Polku för de studerandes stigar.",
  "organisations.count": "{count} aktörer",
  "organisations.summary": "Regionen har {total} aktörer: {parts}.",
  "organisations.open": "Se regionens aktörer",
  "organisations.businessId": "FO-nummer",
  "organisations.none": "Regionen har ännu inga aktörer.",
  "funding.title": "Finansieringsmodeller för yrkesutbildningen",
  "funding.intro":
    "Vad finansieringen av yrkesutbildningen består av varje år. Andelen av effektivitetsfinansieringen för sysselsättning och fortsatta studier kan delas med partner som deltagit i arbetet.",
  "funding.cardBody":
    "Från och med {year} ger sysselsättning och fortsatta studier {share} av finansieringen.",
  "funding.open": "Jämför finansieringsmodellerna",
  "funding.applied": "I bruk från {from}",
  "funding.appliedUntil": "I bruk {from}–{to}",
  "funding.notApplied": "Togs inte i bruk",
  "funding.criteria": "Finansieringsgrunder: {model}",
  "funding.criterion": "Grund",
  "funding.part": "Finansieringsdel",
  "funding.weight": "Andel av finansieringen",
  "funding.lag": "Från statistikår till finansieringsår",
  "funding.years": "{n} år",
  "funding.part.basic": "Basfinansiering",
  "funding.part.performance": "Prestationsfinansiering",
  "funding.part.effectiveness": "Effektivitetsfinansiering",
  "funding.placement": "Grund som kan delas",
  "funding.transition": "Övergångsgränser: {model}",
  "funding.transitionIntro":
    "En anordnares andel av den nationella finansieringen kan ändras högst så här mycket från föregående år. Efter gränserna jämnas andelarna ut med en gemensam koefficient så att de blir hundra procent tillsammans.",
  "funding.year": "Finansieringsår",
  "funding.min": "Högst minskning",
  "funding.max": "Högst ökning",
  "funding.assumptions":
    "Fördröjningen från statistikår till finansieringsår och tvåårsmedelvärdena är antaganden som inte har kontrollerats: förhandlaren kan ändra dem i beräkningarna.",
  "funding.source": "Källa: {source}",
};

export const en: Record<MessageKey, string> = {
  "card.organisations": "The region's organisations",
  "card.funding": "Funding models",
  "organisations.title": "The region's organisations",
  "organisations.intro":
    "Education providers, youth workshops, companies and partners working together in Polku on the students' paths.",
  "organisations.count": "{count} organisations",
  "organisations.summary": "The region has {total} organisations: {parts}.",
  "organisations.open": "See the region's organisations",
  "organisations.businessId": "Business ID",
  "organisations.none": "The region has no organisations yet.",
  "funding.title": "Funding models of vocational education",
  "funding.intro":
    "What the funding of vocational education is made of each year. The effectiveness share for employment and further studies can be shared with the partners who took part in the work.",
  "funding.cardBody": "From {year} on, employment and further studies bring {share} of the funding.",
  "funding.open": "Compare the funding models",
  "funding.applied": "In use from {from}",
  "funding.appliedUntil": "In use {from}–{to}",
  "funding.notApplied": "Never applied",
  "funding.criteria": "Funding criteria: {model}",
  "funding.criterion": "Criterion",
  "funding.part": "Part of funding",
  "funding.weight": "Share of funding",
  "funding.lag": "From statistics year to funding year",
  "funding.years": "{n} yr",
  "funding.part.basic": "Basic funding",
  "funding.part.performance": "Performance funding",
  "funding.part.effectiveness": "Effectiveness funding",
  "funding.placement": "Criterion that can be shared",
  "funding.transition": "Transition limits: {model}",
  "funding.transitionIntro":
    "A provider's share of the national funding may change at most this much from the year before. After the limits, the shares are balanced with one common factor so that they add up to one hundred per cent.",
  "funding.year": "Funding year",
  "funding.min": "Largest fall",
  "funding.max": "Largest rise",
  "funding.assumptions":
    "The lag from the statistics year to the funding year and the two-year averages are assumptions not checked against the law: a negotiator can change them in the calculations.",
  "funding.source": "Source: {source}",
};
