/**
 * The funding model of a run: the applied model of the funding year, or one named with `--model`
 * (the 2018 plan only that way), with the unverified lag and averaging replaced when asked.
 */
import {
  configureModel,
  type FundingModel,
  fundingModels,
  type ModelSettings,
  modelForYear,
  statisticsYearsFor,
} from "@polku/domain/funding";
import { usageError } from "../errors.ts";

export interface ModelOptions {
  readonly year: number;
  readonly model?: string;
  readonly lag?: number;
  readonly averageYears?: number;
}

export const modelIds = fundingModels.map((m) => m.id);

export const chooseModel = (
  year: number,
  id: string | undefined,
  options: Pick<ModelOptions, "lag" | "averageYears">,
): FundingModel => {
  const base = id === undefined ? modelForYear(year) : fundingModels.find((m) => m.id === id);
  if (base === undefined)
    throw usageError(
      id === undefined
        ? `No applied funding model covers the year ${year}: give --model (${modelIds.join(", ")}).`
        : `"${id}" is not a funding model: give one of ${modelIds.join(", ")}.`,
    );
  const settings: ModelSettings = {
    ...(options.lag !== undefined ? { lagYears: options.lag } : {}),
    ...(options.averageYears !== undefined ? { averageYears: options.averageYears } : {}),
  };
  return Object.keys(settings).length === 0 ? base : configureModel(base, settings);
};

export const statisticsYears = (model: FundingModel, year: number): number[] =>
  statisticsYearsFor(model, model.placementCriterion, year);
