import { Async, createLiveResource, Page, Section, usePluginApi } from "@polku/ui";
import { For, Show } from "solid-js";
import { manifest } from "../manifest.ts";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { CalendarFeed } from "./CalendarFeed.tsx";
import { PartnerSteps } from "./PartnerSteps.tsx";

/** A partner contact's page: the trainings the organisation is in, its learners as agreed, the feedback. */
export default function PartnerPage() {
  const { text, formatDate } = usePluginText();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const [trainings, { refetch }] = createLiveResource(() => plugin.partner.trainings.query());
  return (
    <Page title={text("partner.title")} intro={text("partner.intro")}>
      <Async resource={trainings} retry={() => void refetch()}>
        {(list) => (
          <Show when={list.length > 0} fallback={<p>{text("partner.empty")}</p>}>
            <For each={list}>
              {(t) => (
                <Section title={`${t.name} (${formatDate(t.startsOn)}–${formatDate(t.endsOn)})`}>
                  <p>
                    {text("training.roles")}:{" "}
                    {t.roles.map((r) => text(`role.${r}` as "role.expertise")).join("; ")}
                  </p>
                  <Section title={text("training.steps")} level={3}>
                    <PartnerSteps
                      partnerId={t.partnerId}
                      steps={t.steps}
                      canWrite={false}
                      onSaved={() => undefined}
                    />
                  </Section>
                  <PartnerMeetings trainingId={t.id} />
                  <PartnerLearners trainingId={t.id} />
                  <PartnerFeedback trainingId={t.id} />
                </Section>
              )}
            </For>
          </Show>
        )}
      </Async>
      <CalendarFeed />
    </Page>
  );
}

function PartnerMeetings(props: { trainingId: string }) {
  const { text, formatDateTime } = usePluginText();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const [meetings, { refetch }] = createLiveResource(
    () => props.trainingId,
    (trainingId) => plugin.partner.meetings.query({ trainingId }),
  );
  return (
    <Section title={text("meetings.title")} level={3}>
      <Async resource={meetings} retry={() => void refetch()}>
        {(list) => (
          <Show when={list.length > 0} fallback={<p>{text("meetings.empty")}</p>}>
            <ul>
              <For each={list}>
                {(m) => (
                  <li>
                    {`${formatDateTime(String(m.startsAt))}: ${m.title}${m.place ? `, ${m.place}` : ""}${m.withLearner ? ` (${text("meetings.withLearner")})` : ""}${m.cancelledAt ? ` – ${text("meetings.cancelledOn", { date: formatDateTime(String(m.cancelledAt)) })}` : ""}`}
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Async>
    </Section>
  );
}

function PartnerLearners(props: { trainingId: string }) {
  const { text } = usePluginText();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const [learners, { refetch }] = createLiveResource(
    () => props.trainingId,
    (trainingId) => plugin.partner.learners.query({ trainingId }),
  );
  return (
    <Section title={text("partner.learners")} level={3}>
      <Async resource={learners} retry={() => void refetch()}>
        {(list) => (
          <Show when={list.length > 0} fallback={<p>{text("partner.noLearners")}</p>}>
            <ul>
              <For each={list}>
                {(l) => (
                  <li>
                    <strong>{`${l.firstName} ${l.lastName}`}</strong>
                    <dl class="detail-list">
                      <dt>{text("training.goal")}</dt>
                      <dd>{l.personalGoal ?? text("partner.notShared")}</dd>
                      <dt>{text("training.path")}</dt>
                      <dd>
                        {l.continuationPath === null
                          ? text("partner.notShared")
                          : [l.continuationPath, ...(l.carriedItems ?? [])].filter(Boolean).join("; ") || "–"}
                      </dd>
                    </dl>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Async>
    </Section>
  );
}

function PartnerFeedback(props: { trainingId: string }) {
  const { text, formatNumber } = usePluginText();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const [summary, { refetch }] = createLiveResource(
    () => props.trainingId,
    (trainingId) => plugin.partner.feedback.query({ trainingId }),
  );
  return (
    <Section title={text("partner.feedback")} level={3}>
      <Async resource={summary} retry={() => void refetch()}>
        {(s) => (
          <>
            <p>{text("partner.minimum", { minimum: s.minimum })}</p>
            <p>
              {s.answered === 0
                ? text("training.feedbackNoAnswers")
                : text("training.feedbackCounts", { answered: s.answered, requested: s.requested })}
            </p>
            <Show when={s.averageSituation !== null}>
              <ul>
                <li>
                  {text("partner.average")}: {formatNumber(s.averageSituation ?? 0)}
                </li>
                <li>
                  {text("partner.continued")}: {s.continued}
                </li>
                <For each={Object.entries(s.needs ?? {})}>
                  {([need, count]) => <li>{`${text(`need.${need}` as "need.guidance")}: ${count}`}</li>}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Async>
    </Section>
  );
}
