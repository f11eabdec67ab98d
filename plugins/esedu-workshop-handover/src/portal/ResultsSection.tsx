import { Async, createLiveResource, DataTable, Section, usePluginApi } from "@polku/ui";

import type { HandoverRouter } from "../router.ts";
import { pluginId, usePluginText } from "./text.ts";

/** The workshop's (or the provider's) results per half-year: counts only, no names. */
export function ResultsSection() {
  const { text, formatNumber } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [results, { refetch }] = createLiveResource(() => api.results.byPeriod.query());
  const n = (v: number) => formatNumber(v);
  return (
    <Section title={text("results.title")}>
      <Async resource={results} retry={refetch}>
        {(rows) => (
          <DataTable
            caption={text("results.caption")}
            hideCaption
            empty={text("results.empty")}
            rows={rows}
            columns={[
              { header: text("results.period"), rowHeader: true, cell: (r) => r.period },
              { header: text("results.started"), cell: (r) => n(r.started) },
              { header: text("results.ended"), cell: (r) => n(r.ended) },
              { header: text("results.withdrawn"), cell: (r) => n(r.withdrawn) },
              { header: text("results.employed"), cell: (r) => n(r.employed) },
              { header: text("results.studies"), cell: (r) => n(r.studies) },
              { header: text("results.other"), cell: (r) => n(r.other) },
              { header: text("results.counted"), cell: (r) => n(r.counted) },
            ]}
          />
        )}
      </Async>
    </Section>
  );
}
