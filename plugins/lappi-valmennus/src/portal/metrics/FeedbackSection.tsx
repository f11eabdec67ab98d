import { Async, createLiveResource, Section } from "@polku/ui";
import { A } from "@solidjs/router";

import { SurveyTable } from "./SurveyTable.tsx";
import { base, useMetricsApi, useMetricsText } from "./shared.tsx";

/** The dashboard's feedback part: the provider's surveys with their answer counts, linked to results. */
export function FeedbackSection() {
  const { text } = useMetricsText();
  const api = useMetricsApi();
  const [surveys, { refetch }] = createLiveResource(() => api.surveys.list.query());
  return (
    <Section title={text("metrics.feedback.title")}>
      <Async resource={surveys} retry={refetch}>
        {(rows) => <SurveyTable rows={rows} />}
      </Async>
      <p>
        <A href={`${base}/surveys/manage`}>{text("metrics.feedback.manage")}</A>
      </p>
    </Section>
  );
}
