import { Async, createLiveResource, Page, StatusMessage } from "@polku/ui";
import { A, useSearchParams } from "@solidjs/router";

import { SurveyTable } from "./SurveyTable.tsx";
import { base, useMetricsApi, useMetricsText } from "./shared.tsx";

/** The managers' list of the provider's feedback surveys, and the way to write a new one. */
export default function SurveysPage() {
  const { text } = useMetricsText();
  const api = useMetricsApi();
  const [params] = useSearchParams<{ created?: string }>();
  const [surveys, { refetch }] = createLiveResource(() => api.surveys.list.query());
  return (
    <Page
      title={text("metrics.surveys.title")}
      intro={text("metrics.surveys.intro")}
      actions={
        <A class="button button-primary" href={`${base}/surveys/new`}>
          {text("metrics.surveys.new")}
        </A>
      }
    >
      <StatusMessage message={params.created ? text("metrics.surveys.created") : null} />
      <Async resource={surveys} retry={refetch}>
        {(rows) => <SurveyTable rows={rows} />}
      </Async>
    </Page>
  );
}
