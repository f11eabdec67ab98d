import { referralStatusTransitions } from "@polku/domain/vocabulary";
import {
  Async,
  createLiveResource,
  createSubmission,
  DetailList,
  FormActions,
  loadedValue,
  Page,
  Section,
  SelectField,
  StatusMessage,
  TextAreaField,
  useApi,
  useSession,
} from "@polku/ui";
import { A, useParams } from "@solidjs/router";
import { createEffect, createSignal, Show } from "solid-js";
import { useWelfareText } from "./text.ts";

type Status = keyof typeof referralStatusTransitions;

/** One referral, for welfare staff: its contents, and taking it on or closing it. */
export default function ReferralPage() {
  const { text, formatDate, formatDateTime } = useWelfareText();
  const api = useApi();
  const session = useSession();
  const params = useParams<{ referralId: string }>();
  const [referral, { refetch }] = createLiveResource(
    () => params.referralId,
    (referralId) => api.welfare.get.query({ referralId }),
  );
  /** The loaded value, or undefined while loading or after a failure (`.latest` rethrows a failure). */
  const loaded = () => loadedValue(referral);
  const [status, setStatus] = createSignal<string>("");
  const [note, setNote] = createSignal("");
  const [message, setMessage] = createSignal<string | null>(null);
  createEffect(() => {
    const r = loaded();
    if (r) {
      setStatus(r.status);
      setNote(r.welfareNote ?? "");
    }
  });
  const save = createSubmission(() =>
    api.welfare.update.mutate({
      referralId: params.referralId,
      status: status() as Status,
      welfareNote: note(),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) {
      setMessage(text("update.saved"));
    }
  };
  const title = () => {
    const r = loaded();
    return r ? text("detail.title", { name: r.studentName }) : text("queue.title");
  };
  return (
    <Page title={title()}>
      <p>
        <A href="/welfare">{text("detail.back")}</A>
      </p>
      <StatusMessage message={message()} />
      <Async resource={referral} retry={() => void refetch()}>
        {(r) => (
          <>
            <Section title={text("detail.summary")}>
              <DetailList
                items={[
                  {
                    label: text("col.student"),
                    value: <A href={`/students/${r.studentId}`}>{r.studentName}</A>,
                  },
                  { label: text("col.service"), value: text(`service.${r.service}` as "service.nurse") },
                  { label: text("col.status"), value: text(`status.${r.status}`) },
                  { label: text("col.created"), value: formatDateTime(r.createdAt) },
                  { label: text("col.referredBy"), value: r.referredBy ?? "–" },
                  {
                    label: text("col.disclosure"),
                    value: text(r.disclosureAllowed ? "disclosure.yes" : "disclosure.no"),
                  },
                  { label: text("detail.reason"), value: r.reason },
                  { label: text("detail.note"), value: r.welfareNote ?? "–" },
                  { label: text("detail.handledBy"), value: r.handledBy ?? "–" },
                  ...(r.closedAt ? [{ label: text("detail.closedAt"), value: formatDate(r.closedAt) }] : []),
                ]}
              />
            </Section>
            <Show when={r.status !== "closed" && session.can("welfare.manage")}>
              <Section title={text("update.title")}>
                <form class="form" onSubmit={submit} aria-label={text("update.title")}>
                  <SelectField
                    label={text("update.status")}
                    value={status()}
                    onValue={setStatus}
                    error={save.fieldError("status")}
                    options={[r.status as Status, ...referralStatusTransitions[r.status as Status]].map(
                      (s) => ({
                        value: s,
                        label: text(`status.${s}`),
                      }),
                    )}
                  />
                  <TextAreaField
                    label={text("update.note")}
                    value={note()}
                    onValue={setNote}
                    maxLength={4000}
                    error={save.fieldError("welfareNote")}
                  />
                  <FormActions label={text("update.submit")} pending={save.pending()} error={save.error()} />
                </form>
              </Section>
            </Show>
          </>
        )}
      </Async>
    </Page>
  );
}
