import {
  Async,
  Button,
  createLiveResource,
  createSubmission,
  FormActions,
  Page,
  Section,
  StatusMessage,
  usePluginApi,
  useSession,
} from "@polku/ui";
import { useParams } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { manifest } from "../manifest.ts";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { AddPartner } from "./AddPartner.tsx";
import { Checklist } from "./Checklist.tsx";
import { EditGoal } from "./EditGoal.tsx";
import { FeedbackResults } from "./FeedbackResults.tsx";
import { AddLearner, LearnerForms } from "./LearnerForms.tsx";
import { Meetings } from "./Meetings.tsx";
import { PartnerSteps } from "./PartnerSteps.tsx";

/** One training as its trainer sees it: the checklist, the partners and their steps, the learners, the feedback. */
export default function Training() {
  const { text, formatDate } = usePluginText();
  const params = useParams<{ trainingId: string }>();
  const session = useSession();
  const canWrite = () => session.can("jatkopolku.write");
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const [loaded, { refetch }] = createLiveResource(
    () => params.trainingId,
    (trainingId) => plugin.trainings.get.query({ trainingId }),
  );
  const [message, setMessage] = createSignal<string | null>(null);
  const confirm = createSubmission(() =>
    plugin.trainings.confirmRealisticPaths.mutate({ trainingId: params.trainingId }),
  );
  const close = createSubmission(() => plugin.trainings.close.mutate({ trainingId: params.trainingId }));
  const done = (ok: unknown) => {
    if (ok) {
      setMessage(text("training.saved"));
    }
  };
  return (
    <Async resource={loaded} retry={() => void refetch()}>
      {(t) => (
        <Page
          title={t.training.name}
          intro={`${text(`theme.${t.training.theme}` as "theme.money")}, ${formatDate(t.training.startsOn)}–${formatDate(t.training.endsOn)}`}
        >
          <StatusMessage message={message()} />
          <Section title={text("training.checklist")}>
            <Checklist items={t.checklist} />
            <Show when={canWrite() && !t.training.realisticPathsConfirmedAt}>
              <Button
                variant="secondary"
                busy={confirm.pending()}
                onClick={async () => done(await confirm.run())}
              >
                {text("training.confirmRealistic")}
              </Button>
            </Show>
          </Section>
          <Section title={text("training.partners")}>
            <Show when={t.partners.length > 0} fallback={<p>{text("training.noPartners")}</p>}>
              <For each={t.partners}>
                {(p) => (
                  <Section title={p.name} level={3}>
                    <p>
                      {text("training.roles")}:{" "}
                      {p.roles.map((r) => text(`role.${r}` as "role.expertise")).join("; ")}
                    </p>
                    <PartnerSteps partnerId={p.id} steps={p.steps} canWrite={canWrite()} />
                  </Section>
                )}
              </For>
            </Show>
            <Show when={canWrite() && !t.training.closedAt}>
              <AddPartner trainingId={t.training.id} />
            </Show>
          </Section>
          <Section title={text("training.learners")}>
            <Show when={t.learners.length > 0} fallback={<p>{text("training.noLearners")}</p>}>
              <For each={t.learners}>
                {(l) => (
                  <Section title={`${l.firstName} ${l.lastName}`} level={3}>
                    <dl class="detail-list">
                      <dt>{text("training.challenge")}</dt>
                      <dd>{l.challenge}</dd>
                      <dt>{text("training.goal")}</dt>
                      <dd>{l.personalGoal}</dd>
                      <dt>{text("training.path")}</dt>
                      <dd>{l.continuationPath || "–"}</dd>
                      <dt>{text("training.items")}</dt>
                      <dd>
                        {l.items
                          .map((i) =>
                            i.status === "open"
                              ? i.text
                              : `${i.text} (${text(i.status === "carried" ? "training.carried" : "training.resolved")})`,
                          )
                          .join("; ") || "–"}
                      </dd>
                      <dt>{text("training.sharesWith")}</dt>
                      <dd>
                        {l.consents
                          .filter((c) => c.inForce)
                          .map((c) => {
                            const parts = [
                              c.shareGoal && text("training.shareGoal"),
                              c.shareContinuation && text("training.shareContinuation"),
                            ];
                            return `${t.partners.find((p) => p.id === c.partnerId)?.name ?? ""}: ${parts.filter(Boolean).join(", ")}`;
                          })
                          .join("; ") || text("training.noConsents")}
                      </dd>
                    </dl>
                    <Show when={canWrite() && !t.training.closedAt}>
                      <EditGoal learner={l} />
                    </Show>
                    <Show when={canWrite() && !t.training.closedAt}>
                      <LearnerForms
                        learner={l}
                        partners={t.partners}
                        consentedPartnerIds={l.consents.filter((c) => c.inForce).map((c) => c.partnerId)}
                      />
                    </Show>
                  </Section>
                )}
              </For>
            </Show>
            <Show when={canWrite() && !t.training.closedAt}>
              <Section title={text("learner.add")} level={3}>
                <AddLearner trainingId={t.training.id} />
              </Section>
            </Show>
          </Section>
          <Section title={text("meetings.title")}>
            <Meetings
              trainingId={t.training.id}
              partners={t.partners}
              learners={t.learners}
              canBook={canWrite() && !t.training.closedAt}
            />
          </Section>
          <Section title={text("training.feedback")}>
            <FeedbackResults trainingId={t.training.id} weeks={t.training.followUpWeeks} />
          </Section>
          <Show
            when={!t.training.closedAt}
            fallback={<p>{text("training.closedOn", { date: formatDate(String(t.training.closedAt)) })}</p>}
          >
            <Show when={canWrite()}>
              <form
                class="form"
                onSubmit={async (e) => {
                  e.preventDefault();
                  done(await close.run());
                }}
              >
                <FormActions
                  label={text("training.close")}
                  pending={close.pending()}
                  error={close.error()}
                  variant="secondary"
                />
              </form>
            </Show>
          </Show>
        </Page>
      )}
    </Async>
  );
}
