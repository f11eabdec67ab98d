import { Async, createLiveResource, DataTable, Page, Section, usePluginApi } from "@polku/ui";
import { A } from "@solidjs/router";

import type { ValmennusRouter } from "../../router.ts";
import { pluginId } from "../text.ts";
import { usePlansText } from "./labels.ts";

interface Visit {
  readonly id: string;
  readonly planId: string;
  readonly plannedOn: string;
  readonly startsAt: string | null;
  readonly title: string;
  readonly place: string | null;
  readonly groupName: string;
  readonly responsibleName: string | null;
  readonly doneOn: string | null;
}

/** The welfare staff's coming outreach visits ("jalkautumiset"): their own, and all of the provider's. */
export default function OutreachPage() {
  const { text, formatDate } = usePlansText();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const [mine, { refetch: refetchMine }] = createLiveResource(() =>
    api.plans.outreach.query({ scope: "mine" }),
  );
  const [all, { refetch: refetchAll }] = createLiveResource(() => api.plans.outreach.query({ scope: "all" }));
  const table = (rows: readonly Visit[], caption: string, empty: string) => (
    <DataTable
      caption={caption}
      empty={empty}
      rows={rows}
      columns={[
        { header: text("plans.items.date"), cell: (v) => formatDate(v.plannedOn) },
        { header: text("plans.items.time"), cell: (v) => v.startsAt ?? "" },
        {
          header: text("plans.outreach.group"),
          cell: (v) => <A href={`/p/${pluginId}/plans/${v.planId}`}>{v.groupName}</A>,
        },
        { header: text("plans.items.titleColumn"), rowHeader: true, cell: (v) => v.title },
        { header: text("plans.items.place"), cell: (v) => v.place ?? "" },
        { header: text("plans.items.responsible"), cell: (v) => v.responsibleName ?? "" },
        {
          header: text("plans.items.done"),
          cell: (v) => (v.doneOn ? formatDate(v.doneOn) : text("plans.items.notDone")),
        },
      ]}
    />
  );
  return (
    <Page title={text("plans.outreach.title")} intro={text("plans.outreach.intro")}>
      <Section title={text("plans.outreach.mine")}>
        <Async resource={mine} retry={refetchMine}>
          {(rows) => table(rows, text("plans.outreach.mineCaption"), text("plans.outreach.mineEmpty"))}
        </Async>
      </Section>
      <Section title={text("plans.outreach.all")}>
        <Async resource={all} retry={refetchAll}>
          {(rows) => table(rows, text("plans.outreach.allCaption"), text("plans.outreach.allEmpty"))}
        </Async>
      </Section>
    </Page>
  );
}
