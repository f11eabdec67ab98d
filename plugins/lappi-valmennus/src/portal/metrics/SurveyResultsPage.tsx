/**
 * A survey's results for managers: the number of answers, and from five answers up, per scale question
 * the mean (one decimal, Finnish comma) and the distribution 1–5 as a table, per text question the
 * answers. Below five only the number is shown (the API sends nothing more).
 */
import { Async, createLiveResource, DataTable, DetailList, loadedValue, Page, Section } from "@polku/ui";
import { A, useParams } from "@solidjs/router";
import { For, Match, Show, Switch } from "solid-js";
import { base, useFigures, useMetricsApi, useMetricsText } from "./shared.tsx";

export default function SurveyResultsPage() {
  const { text, formatDate } = useMetricsText();
  const { decimal } = useFigures();
  const api = useMetricsApi();
  const params = useParams<{ surveyId: string }>();
  const [results, { refetch }] = createLiveResource(
    () => params.surveyId,
    (surveyId) => api.surveys.results.query({ surveyId }),
  );
  const title = () => {
    const loaded = loadedValue(results);
    return loaded
      ? text("metrics.results.title", { title: loaded.survey.title })
      : text("metrics.results.loading");
  };
  return (
    <Page title={title()}>
      <p>
        <A href={`${base}/surveys/manage`}>{text("metrics.results.back")}</A>
      </p>
      <Async resource={results} retry={refetch}>
        {(r) => (
          <>
            <DetailList
              items={[
                {
                  label: text("metrics.surveys.audience"),
                  value: text(
                    r.survey.audience === "team" ? "metrics.audience.team" : "metrics.audience.student",
                  ),
                },
                {
                  label: text("metrics.surveys.period"),
                  value: `${formatDate(r.survey.opensOn)}–${formatDate(r.survey.closesOn)}`,
                },
                { label: text("metrics.surveys.status"), value: text(`metrics.status.${r.survey.status}`) },
                { label: text("metrics.results.answers"), value: String(r.answers) },
              ]}
            />
            <Show when={r.suppressed}>
              <p class="metrics-floor">{text("metrics.results.floor")}</p>
            </Show>
            <For each={r.questions}>
              {(q) => (
                <Section title={q.text}>
                  <Switch>
                    <Match when={q.kind === "scale" && q}>
                      {(scale) => (
                        <Show when={scale().mean !== null || scale().distribution !== null}>
                          <p>
                            {scale().mean === null
                              ? text("metrics.noData")
                              : text("metrics.results.mean", { mean: decimal(scale().mean!) })}
                          </p>
                          <DataTable
                            caption={text("metrics.results.distribution", { question: q.text })}
                            rows={(scale().distribution ?? []).map((n, i) => ({ value: i + 1, n }))}
                            columns={[
                              {
                                header: text("metrics.results.value"),
                                rowHeader: true,
                                cell: (d) => d.value,
                              },
                              { header: text("metrics.results.count"), cell: (d) => d.n },
                            ]}
                          />
                        </Show>
                      )}
                    </Match>
                    <Match when={q.kind === "text" && q}>
                      {(words) => (
                        <Show when={words().texts}>
                          {(texts) => (
                            <Show
                              when={texts().length > 0}
                              fallback={<p>{text("metrics.results.noTexts")}</p>}
                            >
                              <ul>
                                <For each={texts()}>{(answer) => <li>{answer}</li>}</For>
                              </ul>
                            </Show>
                          )}
                        </Show>
                      )}
                    </Match>
                  </Switch>
                </Section>
              )}
            </For>
          </>
        )}
      </Async>
    </Page>
  );
}
