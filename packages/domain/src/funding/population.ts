/**
 * Compiles graduates, their paths and the agreements into the flat typed arrays the scenario kernel
 * runs on: one row per graduate of the funding year's statistics years (its provider, its chance of
 * being placed, the points its placement earns in that year) and, per graduate, the parties it is
 * attributed to (compressed rows: party, fraction, agreed rate). Everything that needs objects,
 * strings and rules happens here, once; the kernel then touches numbers only.
 */
import { rateFor, type ShareAgreement, versionInForce } from "./agreement.ts";
import { attribute } from "./attribution.ts";
import { type FundingModel, statisticsYearsFor } from "./models.ts";
import { decidePlacement, type PlacementDecision, type PlacementRuleConfig } from "./placement.ts";
import { type GraduatePath, ruleOfSpec } from "./statement.ts";

export interface ScenarioPopulation {
  readonly graduates: number;
  readonly providerIds: ReadonlyArray<string>;
  /** `agreementId/partyId` for each party of each agreement. */
  readonly partyKeys: ReadonlyArray<string>;
  readonly providerOf: Int32Array;
  readonly probability: Float64Array;
  readonly points: Float64Array;
  /** Graduate g's entries are entryStart[g] .. entryStart[g+1]-1. */
  readonly entryStart: Int32Array;
  readonly entryParty: Int32Array;
  readonly entryFraction: Float64Array;
  readonly entryRate: Float64Array;
  readonly partyProvider: Int32Array;
  /** Cap per party (Infinity when none) and floor (0 when none), from the version in force at year end. */
  readonly partyCap: Float64Array;
  readonly partyFloor: Float64Array;
  readonly placementWeight: number;
  readonly modelId: FundingModel["id"];
  readonly fundingYear: number;
}

export interface CompileInput {
  readonly model: FundingModel;
  readonly fundingYear: number;
  readonly paths: ReadonlyArray<GraduatePath>;
  /** Each provider's agreement, as its list of versions (at most one agreement per provider). */
  readonly agreements: ReadonlyArray<ReadonlyArray<ShareAgreement>>;
  readonly placement?: PlacementRuleConfig;
  /**
   * The chance a graduate is placed, before the scenario's placement-rate factor. Default: 1 for a
   * recorded placement, `openRate` (default 0) for a graduate whose outcome is not placed.
   */
  readonly probability?: (decision: PlacementDecision, path: GraduatePath) => number;
  readonly openRate?: number;
}

export const compilePopulation = (input: CompileInput): ScenarioPopulation => {
  const { model } = input;
  const criterion = model.criteria.find((c) => c.id === model.placementCriterion)!;
  const years = new Set(statisticsYearsFor(model, criterion.id, input.fundingYear));
  const pointWeight = model.pointsPerPlacement / criterion.averageYears;
  const providerIndex = new Map<string, number>();
  const providerIds: string[] = [];
  const partyIndex = new Map<string, number>();
  const partyKeys: string[] = [];
  const partyProvider: number[] = [];
  const caps: number[] = [];
  const floors: number[] = [];
  const byProvider = new Map<string, ReadonlyArray<ShareAgreement>>();
  for (const versions of input.agreements) if (versions[0]) byProvider.set(versions[0].providerId, versions);
  const providerOf = (id: string) => {
    let i = providerIndex.get(id);
    if (i === undefined) {
      i = providerIds.length;
      providerIndex.set(id, i);
      providerIds.push(id);
    }
    return i;
  };
  // Parties are known up front, so a party without placements still has a (zero) distribution.
  for (const versions of input.agreements) {
    const first = versions[0];
    if (!first) continue;
    const p = providerOf(first.providerId);
    const closing = versionInForce(versions, `${input.fundingYear}-12-31`);
    for (const v of versions)
      for (const terms of v.parties) {
        const key = `${v.id}/${terms.partyId}`;
        if (partyIndex.has(key)) continue;
        partyIndex.set(key, partyKeys.length);
        partyKeys.push(key);
        partyProvider.push(p);
        const closingTerms = closing?.parties.find((t) => t.partyId === terms.partyId);
        caps.push(closingTerms?.capEuros ?? Number.POSITIVE_INFINITY);
        floors.push(closingTerms?.floorEuros ?? 0);
      }
  }
  const gProvider: number[] = [];
  const gProbability: number[] = [];
  const start: number[] = [0];
  const eParty: number[] = [];
  const eFraction: number[] = [];
  const eRate: number[] = [];
  const probabilityOf =
    input.probability ?? ((d: PlacementDecision) => (d.placed ? 1 : (input.openRate ?? 0)));
  for (const path of input.paths) {
    const decision = decidePlacement(path.graduate, input.placement);
    if (!decision.counted || !years.has(decision.statisticsYear)) continue;
    const probability = probabilityOf(decision, path);
    if (!(probability > 0)) continue;
    gProvider.push(providerOf(path.graduate.providerId));
    gProbability.push(Math.min(1, probability));
    // A graduate not (yet) placed is priced as if placed at the end of the window.
    const day = decision.outcome?.date ?? decision.window.to;
    const kind = decision.outcome?.kind ?? "employed";
    const versions = byProvider.get(path.graduate.providerId);
    const version = versions && versionInForce(versions, day);
    if (version) {
      const attribution = attribute(ruleOfSpec(version.attribution), path.provider, path.steps, day);
      for (const share of attribution.shares) {
        const terms = version.parties.find((t) => t.partyId === share.contributor.id);
        if (!terms) continue;
        const rate = rateFor(terms, kind, share.fraction, day);
        eParty.push(partyIndex.get(`${version.id}/${terms.partyId}`)!);
        eFraction.push(share.fraction);
        eRate.push(rate);
      }
    }
    start.push(eParty.length);
  }
  return {
    graduates: gProvider.length,
    providerIds,
    partyKeys,
    providerOf: Int32Array.from(gProvider),
    probability: Float64Array.from(gProbability),
    points: new Float64Array(gProvider.length).fill(pointWeight),
    entryStart: Int32Array.from(start),
    entryParty: Int32Array.from(eParty),
    entryFraction: Float64Array.from(eFraction),
    entryRate: Float64Array.from(eRate),
    partyProvider: Int32Array.from(partyProvider),
    partyCap: Float64Array.from(caps),
    partyFloor: Float64Array.from(floors),
    placementWeight: criterion.weight,
    modelId: model.id,
    fundingYear: input.fundingYear,
  };
};
