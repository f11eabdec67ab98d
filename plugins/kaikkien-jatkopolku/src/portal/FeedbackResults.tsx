import { Async, createLiveResource, DataTable, usePluginApi } from "@polku/ui";
import { Show } from "solid-js";
import { manifest } from "../manifest.ts";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";

/** The trainer's view of the follow-up feedback: the counts, the summary and the anonymous answers. */
export function FeedbackResults(props: { trainingId: string; weeks: number }) {
  const { text, formatNumber } = usePluginText();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const [results, { refetch }] = createLiveResource(
    () => props.trainingId,
    (trainingId) => plugin.feedback.results.query({ trainingId }),
  );
  type Row = NonNullable<ReturnType<typeof results>>["answers"][number];
  return (
    <Async resource={results} retry={() => void refetch()}>
      {(r) => (
        <Show
          when={r.feedbackCreatedAt}
          fallback={<p>{text("training.feedbackPending", { weeks: props.weeks })}</p>}
        >
          <p>
            {r.summary.answered === 0
              ? text("training.feedbackNoAnswers")
              : text("training.feedbackCounts", {
                  answered: r.summary.answered,
                  requested: r.summary.requested,
                })}
          </p>
          <Show when={r.summary.averageSituation !== null}>
            <p>
              {text("partner.average")}: {formatNumber(r.summary.averageSituation ?? 0)}
            </p>
          </Show>
          <p>{text("training.answersAnonymous", { minimum: r.summary.minimum })}</p>
          <Show when={r.answers.length > 0}>
            <DataTable<Row>
              caption={text("training.feedback")}
              hideCaption
              rows={r.answers}
              columns={[
                {
                  header: text("training.answer"),
                  rowHeader: true,
                  cell: (a) => String(r.answers.indexOf(a) + 1),
                },
                { header: text("training.situation"), cell: (a) => String(a.situation) },
                {
                  header: text("training.continued"),
                  cell: (a) =>
                    a.continuedWithPartner === null
                      ? "–"
                      : text(a.continuedWithPartner ? "training.yes" : "training.no"),
                },
                {
                  header: text("training.needs"),
                  cell: (a) => a.needs.map((n) => text(`need.${n}` as "need.guidance")).join(", ") || "–",
                },
                { header: text("training.comment"), cell: (a) => a.comment ?? "–" },
              ]}
            />
          </Show>
        </Show>
      )}
    </Async>
  );
}
