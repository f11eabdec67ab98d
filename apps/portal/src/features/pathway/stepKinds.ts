import { type ApiOutputs, createLiveResource, loadedValue, useApi, useI18n } from "@polku/ui";

export type StepKindInfo = ApiOutputs["deployment"]["stepKinds"][number];

/**
 * The deployment's step kinds (the core's and its plugins'), with titles in fi/sv/en, from the API:
 * the portal cannot know a plugin's kinds otherwise. A kind the list does not know (or a list that
 * failed to load: reading `.latest` would rethrow and stop the page drawing) shows its id.
 */
export function useStepKinds() {
  const api = useApi();
  const { locale } = useI18n();
  const [kinds] = createLiveResource(() => api.deployment.stepKinds.query());
  const titleOf = (id: string) => loadedValue(kinds)?.find((k) => k.id === id)?.title[locale()] ?? id;
  return { kinds, titleOf };
}
