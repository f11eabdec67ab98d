import { Async, createLiveResource, DataTable, Page, Section, useApi } from "@polku/ui";
import { A } from "@solidjs/router";

import { useWelfareText } from "./text.ts";

/** The welfare staff's queue: new referrals first, then those in progress, oldest first. */
export default function WelfareQueue() {
  const { text, formatDate } = useWelfareText();
  const api = useApi();
  const [queue, { refetch }] = createLiveResource(() => api.welfare.queue.query({}));
  return (
    <Page title={text("queue.title")} intro={text("queue.intro")}>
      <Section title={text("queue.caption")}>
        <Async resource={queue} retry={() => void refetch()}>
          {(rows) => (
            <DataTable
              caption={text("queue.caption")}
              hideCaption
              empty={text("queue.empty")}
              rows={rows}
              columns={[
                {
                  header: text("col.student"),
                  rowHeader: true,
                  cell: (r) => <A href={`/welfare/referrals/${r.id}`}>{r.studentName}</A>,
                },
                { header: text("col.service"), cell: (r) => text(`service.${r.service}` as "service.nurse") },
                { header: text("col.status"), cell: (r) => text(`status.${r.status}`) },
                { header: text("col.created"), cell: (r) => formatDate(r.createdAt) },
                { header: text("col.referredBy"), cell: (r) => r.referredBy ?? "–" },
                {
                  header: text("col.disclosure"),
                  cell: (r) => text(r.disclosureAllowed ? "disclosure.yes" : "disclosure.no"),
                },
              ]}
            />
          )}
        </Async>
      </Section>
    </Page>
  );
}
