import {
  ApiError,
  Async,
  Button,
  createLiveResource,
  createSubmission,
  DataTable,
  Page,
  Section,
  StatusMessage,
  usePluginApi,
  useSession,
} from "@polku/ui";
import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import type { HandoverRouter } from "../router.ts";
import { CalendarFeeds } from "./CalendarFeeds.tsx";
import { type Candidate, HandoverForm } from "./HandoverForm.tsx";
import { ResultsSection } from "./ResultsSection.tsx";
import { SelfAssessmentResults } from "./SelfAssessmentResults.tsx";
import { pluginId, usePluginText } from "./text.ts";

/**
 * The continuation path's front page. A tutor sees graduates without a next step and hands them over;
 * everyone allowed sees the handovers (a workshop only its own, while consent lasts).
 */
export default function HandoverHome() {
  const { text, formatDate, formatDateTime } = usePluginText();
  // The coachee's next step: the next meeting, else the end of a work trial going on, else the start
  // of wage-subsidised work planned.
  const nextOf = (h: {
    nextMeeting: string | null;
    trialEnds: string | null;
    wageWorkStarts: string | null;
  }) =>
    h.nextMeeting
      ? text("next.meeting", { when: formatDateTime(h.nextMeeting) })
      : h.trialEnds
        ? text("next.trial", { date: formatDate(h.trialEnds) })
        : h.wageWorkStarts
          ? text("next.wageWork", { date: formatDate(h.wageWorkStarts) })
          : "–";
  const session = useSession();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const canCreate = () => session.can("handover.create");
  const [candidates, { refetch: refetchCandidates }] = createLiveResource(canCreate, () =>
    api.candidates.query(),
  );
  const [handovers, { refetch: refetchHandovers }] = createLiveResource(() => api.list.query({}));
  const [selected, setSelected] = createSignal<Candidate | null>(null);
  const [message, setMessage] = createSignal<string | null>(null);

  const handedOver = (name: string) => {
    setSelected(null);
    setMessage(text("form.saved", { name }));
  };
  const withdrawal = createSubmission((handoverId: string) => api.withdrawConsent.mutate({ handoverId }));
  const withdraw = async (handoverId: string) => {
    if (!window.confirm(text("withdraw.confirm"))) return;
    if (await withdrawal.run(handoverId)) {
      setMessage(text("withdraw.done"));
    }
  };

  return (
    <Page title={text("home.title")} intro={text("home.intro")}>
      <StatusMessage message={message()} />
      <Show when={canCreate()}>
        <Section title={text("candidates.title")}>
          <Show when={selected()}>
            {(candidate) => (
              <HandoverForm candidate={candidate()} onDone={handedOver} onCancel={() => setSelected(null)} />
            )}
          </Show>
          <Async resource={candidates} retry={refetchCandidates}>
            {(rows) => (
              <DataTable
                caption={text("candidates.caption")}
                empty={text("candidates.empty")}
                rows={rows}
                columns={[
                  {
                    header: text("list.student"),
                    rowHeader: true,
                    cell: (c) => `${c.lastName}, ${c.firstName}`,
                  },
                  { header: text("form.graduationDate"), cell: (c) => formatDate(c.expectedGraduation) },
                  {
                    header: text("list.actions"),
                    cell: (c) => (
                      <Button variant="secondary" onClick={() => setSelected(c)}>
                        {text("candidates.handOver")}
                        <span class="visually-hidden">: {`${c.firstName} ${c.lastName}`}</span>
                      </Button>
                    ),
                  },
                ]}
              />
            )}
          </Async>
        </Section>
      </Show>
      <Section title={text("list.title")}>
        <Show when={withdrawal.error()}>{(error) => <ApiError error={error()} />}</Show>
        <Async resource={handovers} retry={refetchHandovers}>
          {(rows) => (
            <DataTable
              caption={text("list.caption")}
              empty={text("list.empty")}
              rows={rows}
              columns={[
                {
                  header: text("list.student"),
                  rowHeader: true,
                  cell: (h) => (
                    <A href={`/p/${pluginId}/handovers/${h.id}`}>{`${h.lastName}, ${h.firstName}`}</A>
                  ),
                },
                { header: text("list.workshop"), cell: (h) => h.workshopName },
                {
                  header: text("list.situation"),
                  cell: (h) => text(`situation.${h.situation}` as "situation.no_job"),
                },
                { header: text("list.status"), cell: (h) => text(`status.${h.status}` as "status.active") },
                { header: text("list.created"), cell: (h) => formatDate(h.createdAt) },
                { header: text("list.next"), cell: (h) => (h.status === "active" ? nextOf(h) : "–") },
                { header: text("list.deadline"), cell: (h) => formatDate(h.deadline) },
                // The only action here is withdrawing: a column empty on every row is left out.
                ...(session.can("handover.withdraw")
                  ? [
                      {
                        header: text("list.actions"),
                        cell: (h: (typeof rows)[number]) => (
                          <Show when={h.status === "active"}>
                            <Button variant="danger" onClick={() => void withdraw(h.id)}>
                              {text("withdraw.button")}
                              <span class="visually-hidden">: {`${h.firstName} ${h.lastName}`}</span>
                            </Button>
                          </Show>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )}
        </Async>
      </Section>
      <ResultsSection />
      <Show when={session.can("handover.record") || session.can("agreement.manage")}>
        <SelfAssessmentResults />
      </Show>
      <Show when={session.can("calendar.feed")}>
        <CalendarFeeds />
      </Show>
    </Page>
  );
}
