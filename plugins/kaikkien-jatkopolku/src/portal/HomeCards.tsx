import { Async, createLiveResource, usePluginApi } from "@polku/ui";
import { A } from "@solidjs/router";

import { manifest } from "../manifest.ts";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";

const base = `/p/${manifest.id}`;

/** The trainer's card: trainings running, and how many checklist items are still open in them. */
export function TrainerCard() {
  const { text } = usePluginText();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const [list, { refetch }] = createLiveResource(async () => {
    const trainings = (await plugin.trainings.list.query()).filter((t) => !t.closedAt);
    const loaded = await Promise.all(
      trainings.slice(0, 5).map((t) => plugin.trainings.get.query({ trainingId: t.id })),
    );
    return {
      count: trainings.length,
      gaps: loaded.reduce((n, t) => n + t.checklist.filter((c) => !c.done).length, 0),
    };
  });
  return (
    <>
      <Async resource={list} retry={() => void refetch()}>
        {(s) => (
          <p>
            {s.count === 0
              ? text("card.none")
              : text("card.open", {
                  trainings: text("card.running", { count: s.count }),
                  gaps: text("card.gaps", { count: s.gaps }),
                })}
          </p>
        )}
      </Async>
      <p>
        <A href={base}>{text("card.go")}</A>
      </p>
    </>
  );
}

/** The partner contact's card: the trainings the organisation is a partner in. */
export function PartnerCard() {
  const { text } = usePluginText();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const [list, { refetch }] = createLiveResource(() => plugin.partner.trainings.query());
  return (
    <>
      <Async resource={list} retry={() => void refetch()}>
        {(rows) => <p>{text("card.partnerCount", { count: rows.length })}</p>}
      </Async>
      <p>
        <A href={`${base}/partner`}>{text("card.goPartner")}</A>
      </p>
    </>
  );
}
