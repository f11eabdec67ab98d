/**
 * @polku/domain/funding: outcome-based funding of vocational education and the negotiation of
 * shares. Pure: no Node API, no I/O, so it runs in a test, a CLI or a browser Web Worker alike.
 */
export {
  AgreementWindow,
  AttributionRuleSpec,
  applyCapAndFloor,
  decodeShareAgreement,
  PartyTerms,
  rateFor,
  ShareAgreement,
  versionInForce,
} from "./agreement.ts";
export {
  type Attribution,
  type AttributionFallback,
  type AttributionRule,
  type AttributionShare,
  attribute,
  type ContributionStep,
  type Contributor,
  type ContributorRole,
  contributorRoles,
  stepKindValue,
} from "./attribution.ts";
export {
  type Comparison,
  compareVariants,
  lowHighCentral,
  type SensitivityBar,
  sensitivity,
  type Variant,
} from "./compare.ts";
export {
  type Assumption,
  eurosPerPlacementPoint,
  type NationalAllocation,
  type NationalAssumptions,
  type NationalProvider,
  nationalAllocation,
  type ProviderFunding,
  providerFunding,
} from "./euros.ts";
export { explainAttribution, explainGraduate, explainPlacement } from "./explain.ts";
export {
  type Criterion,
  configureModel,
  criterionOf,
  effectivenessWeight,
  type FundingModel,
  type FundingPart,
  fundingModels,
  fundingYearsOf,
  law2022,
  law2026,
  type ModelSettings,
  modelForYear,
  placementWeight,
  plan2018,
  statisticsYearsFor,
  type TransitionLimits,
} from "./models.ts";
export {
  type NegotiationAssumptions,
  type NegotiationInput,
  nationalOfNegotiation,
  negotiationDefaults,
  negotiationVariants,
  scenarioAssumptionsOf,
} from "./negotiation.ts";
export {
  decidePlacement,
  type GraduateRecord,
  type PlacementDecision,
  type PlacementReason,
  type PlacementRuleConfig,
  placementWindow,
} from "./placement.ts";
export { type CompileInput, compilePopulation, type ScenarioPopulation } from "./population.ts";
export { hmacSha256, pseudonymOf, sha256, toHex } from "./pseudonym.ts";
export { makeRandom, type Random, seedState, xoshiro128ss } from "./random.ts";
export {
  type Distribution,
  draw,
  quantileSorted,
  type RunOptions,
  runScenarios,
  type ScenarioAssumptions,
  type ScenarioRun,
  type Summary,
  summarise,
} from "./scenarios.ts";
export {
  MAX_EXACT_SHAPLEY,
  type ShapleyOptions,
  type ShapleyResult,
  shapleyValues,
  type ValueFunction,
} from "./shapley.ts";
export {
  buildStatement,
  type GraduatePath,
  type PricedGraduate,
  priceGraduates,
  ruleOfSpec,
  type Statement,
  type StatementInput,
  type StatementLine,
} from "./statement.ts";
export { applyTransitionLimits, type TransitionInput, type TransitionResult } from "./transition.ts";
