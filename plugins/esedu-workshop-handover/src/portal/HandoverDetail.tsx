import {
  Async,
  createLiveResource,
  DataTable,
  DetailList,
  loadedValue,
  Page,
  Section,
  StatusMessage,
  Timeline,
  useApi,
  usePluginApi,
  useSession,
} from "@polku/ui";
import { A, useParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import type { HandoverRouter } from "../router.ts";
import { NeedsSection } from "./NeedsSection.tsx";
import { OutcomeForm } from "./OutcomeForm.tsx";
import { PacketSection } from "./PacketSection.tsx";
import { StepForm } from "./StepForm.tsx";
import { TrialsSection } from "./TrialsSection.tsx";
import { pluginId, usePluginText } from "./text.ts";
import { WageWorkSection } from "./WageWorkSection.tsx";

const tones = { planned: "neutral", in_progress: "active", done: "done", cancelled: "cancelled" } as const;

/**
 * One handed-over student's continuation path: the packet and agreement it rests on, what the workshop
 * did (steps, work trials with the companies' feedback), and where the student ended up.
 */
export default function HandoverDetail() {
  const params = useParams<{ handoverId: string }>();
  const { text, formatDate, locale } = usePluginText();
  const session = useSession();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [detail, { refetch }] = createLiveResource(
    () => params.handoverId,
    (handoverId) => api.get.query({ handoverId }),
  );
  const [message, setMessage] = createSignal<string | null>(null);
  const [closed, setClosed] = createSignal(false);
  // Every kind of the deployment, the core's "handover" among them, titled in the reader's language.
  const core = useApi();
  const [kinds] = createLiveResource(() => core.deployment.stepKinds.query());
  const kindTitle = (id: string) => loadedValue(kinds)?.find((k) => k.id === id)?.title[locale()] ?? id;
  const title = () => {
    // `.latest` rethrows a failed load: read it only when there is a value, so a refusal shows its error.
    const d = loadedValue(detail);
    return d ? text("detail.title", { name: `${d.firstName} ${d.lastName}` }) : text("home.title");
  };

  return (
    <Page title={title()}>
      <p>
        <A href={`/p/${pluginId}`}>{text("detail.back")}</A>
      </p>
      <StatusMessage message={message()} />
      {/* A workshop's access ends with the outcome it records: nothing more of the student is loaded. */}
      <Show when={!closed()} fallback={<p>{text("outcome.closed")}</p>}>
        <Async resource={detail} retry={refetch}>
          {(d) => (
            <>
              <Section title={text("detail.summary")}>
                <DetailList
                  items={[
                    { label: text("list.workshop"), value: d.workshopName },
                    {
                      label: text("list.situation"),
                      value: text(`situation.${d.situation}` as "situation.no_job"),
                    },
                    { label: text("list.status"), value: text(`status.${d.status}` as "status.active") },
                    { label: text("list.created"), value: formatDate(d.createdAt) },
                    { label: text("form.graduationDate"), value: formatDate(d.graduationDate) },
                    // The tutor's notes for the workshop, written when handing the student over.
                    ...(d.note ? [{ label: text("form.note"), value: d.note }] : []),
                  ]}
                />
              </Section>
              <PacketSection packet={d} />
              <TrialsSection
                handoverId={d.id}
                trials={d.trials}
                canRecord={d.status === "active" && session.can("handover.record")}
                covered={d.consentCovers.includes("work_trial")}
                onChange={(said) => {
                  setMessage(said);
                }}
              />
              <WageWorkSection
                handoverId={d.id}
                canRecord={d.status === "active" && session.can("handover.record")}
                onChange={(said) => {
                  setMessage(said);
                }}
              />
              <Show when={d.status === "active" && session.can("handover.record")}>
                <NeedsSection
                  handoverId={d.id}
                  onProposed={() => {
                    setMessage(text("needs.proposed"));
                  }}
                />
              </Show>
              <Section title={text("detail.steps")}>
                <Timeline
                  label={text("detail.steps")}
                  empty={text("detail.stepsEmpty")}
                  items={d.steps.map((s) => ({
                    id: s.id,
                    title: kindTitle(s.kind),
                    status: {
                      label: text(`stepStatus.${s.status}` as "stepStatus.done"),
                      tone: tones[s.status as keyof typeof tones] ?? "neutral",
                    },
                    details: [
                      ...(s.startsOn
                        ? [{ label: text("step.startsOn"), value: formatDate(s.startsOn) }]
                        : []),
                      ...(s.endsOn ? [{ label: text("step.endsOn"), value: formatDate(s.endsOn) }] : []),
                      ...(s.note ? [{ label: text("step.note"), value: s.note }] : []),
                    ],
                  }))}
                />
                <Show when={d.status === "active" && session.can("handover.record")}>
                  <StepForm
                    handoverId={d.id}
                    onSaved={() => {
                      setMessage(text("step.saved"));
                    }}
                  />
                </Show>
              </Section>
              <Section title={text("detail.outcomes")}>
                <DataTable
                  caption={text("detail.outcomes")}
                  hideCaption
                  empty={text("detail.outcomesEmpty")}
                  rows={d.outcomes}
                  columns={[
                    {
                      header: text("outcome.kind"),
                      rowHeader: true,
                      cell: (o) => text(`outcome.${o.kind}` as "outcome.other"),
                    },
                    { header: text("outcome.occurredOn"), cell: (o) => formatDate(o.occurredOn) },
                    { header: text("outcome.months"), cell: (o) => (o.employmentMonths ?? "").toString() },
                    {
                      header: text("outcome.lasted"),
                      cell: (o) =>
                        o.lastedTwoMonths === null ? "–" : text(o.lastedTwoMonths ? "yes" : "no"),
                    },
                    {
                      header: text("outcome.evidence"),
                      cell: (o) =>
                        o.evidence
                          ? [text(`evidence.${o.evidence}` as "evidence.other"), o.evidenceNote]
                              .filter(Boolean)
                              .join(": ")
                          : "–",
                    },
                    { header: text("outcome.recordedBy"), cell: (o) => o.recordedByOrganisation ?? "–" },
                  ]}
                />
                <Show when={d.status === "active" && session.can("handover.record")}>
                  <OutcomeForm
                    handoverId={d.id}
                    onSaved={(ended) => {
                      setMessage(text(ended ? "outcome.saved" : "outcome.pending"));
                      // The provider's staff still read an ended handover; the workshop no longer does.
                      if (ended && !session.can("handover.create")) setClosed(true);
                    }}
                  />
                </Show>
              </Section>
            </>
          )}
        </Async>
      </Show>
    </Page>
  );
}
