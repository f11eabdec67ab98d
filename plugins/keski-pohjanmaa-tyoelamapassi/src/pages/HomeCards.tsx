import { Async, createLiveResource, usePluginApi } from "@polku/ui";
import { A } from "@solidjs/router";

import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { pluginId } from "./words.ts";

/** The learner's home card: how many badges they pursue, and the way to the passport. */
export function LearnerCard() {
  const { text } = usePluginText();
  const api = usePluginApi<PluginRouter>(pluginId);
  const [mine, { refetch }] = createLiveResource(() => api.earning.mine.query());
  return (
    <>
      <Async resource={mine} retry={() => void refetch()}>
        {(list) => <p>{text("card.mineCount", { count: list.length })}</p>}
      </Async>
      <p>
        <A href={`/p/${pluginId}`}>{text("card.open")}</A>
      </p>
    </>
  );
}

/** The assessor's home card: badges waiting for their decision. */
export function AssessorCard() {
  const { text } = usePluginText();
  const api = usePluginApi<PluginRouter>(pluginId);
  const [queue, { refetch }] = createLiveResource(() => api.assessing.queue.query());
  return (
    <>
      <Async resource={queue} retry={() => void refetch()}>
        {(list) => <p>{text("card.assessCount", { count: list.length })}</p>}
      </Async>
      <p>
        <A href={`/p/${pluginId}/assess`}>{text("card.open")}</A>
      </p>
    </>
  );
}

export default LearnerCard;

/** A higher-education contact's home card: the rules on record, and the way to them. */
export function CreditCard() {
  const { text } = usePluginText();
  const api = usePluginApi<PluginRouter>(pluginId);
  const [rules, { refetch }] = createLiveResource(() => api.credit.rules.query());
  return (
    <>
      <Async resource={rules} retry={() => void refetch()}>
        {(list) => <p>{text("card.creditCount", { count: list.length })}</p>}
      </Async>
      <p>
        <A href={`/p/${pluginId}/credit`}>{text("card.open")}</A>
      </p>
    </>
  );
}
