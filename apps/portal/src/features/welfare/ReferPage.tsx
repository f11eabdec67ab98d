import { welfareServices } from "@polku/domain/vocabulary";
import {
  Async,
  createLiveResource,
  createSubmission,
  FieldShell,
  FormActions,
  loadedValue,
  Page,
  SelectField,
  StatusMessage,
  TextAreaField,
  useApi,
} from "@polku/ui";
import { A, useParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { useWelfareText } from "./text.ts";

/**
 * A staff member refers a student to the counsellor, psychologist or nurse, recording whether the
 * student allows other staff to know that a referral exists. Once sent, the referrer cannot read it.
 */
export default function ReferPage() {
  const { text } = useWelfareText();
  const api = useApi();
  const params = useParams<{ studentId: string }>();
  const [student, { refetch }] = createLiveResource(
    () => params.studentId,
    (studentId) => api.students.get.query({ studentId }),
  );
  /** The loaded value, or undefined while loading or after a failure (`.latest` rethrows a failure). */
  const loaded = () => loadedValue(student);
  const [service, setService] = createSignal("");
  const [reason, setReason] = createSignal("");
  const [disclosure, setDisclosure] = createSignal(false);
  const [sent, setSent] = createSignal<string | null>(null);
  const save = createSubmission(() =>
    api.welfare.refer.mutate({
      studentId: params.studentId,
      service: service() as (typeof welfareServices)[number],
      reason: reason(),
      disclosureAllowed: disclosure(),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) {
      setService("");
      setReason("");
      setDisclosure(false);
      setSent(text("refer.saved"));
    }
  };
  const name = () => {
    const s = loaded();
    return s ? `${s.firstName} ${s.lastName}` : "";
  };
  return (
    <Page title={text("refer.title", { name: name() })} intro={text("refer.intro")}>
      <p>
        <A href={`/students/${params.studentId}`}>{text("refer.back")}</A>
      </p>
      <StatusMessage message={sent()} />
      <Async resource={student} retry={() => void refetch()}>
        {() => (
          <Show when={!sent()}>
            <form class="form" onSubmit={submit} aria-label={text("refer.title", { name: name() })}>
              <SelectField
                label={text("refer.service")}
                required
                value={service()}
                onValue={setService}
                placeholder={text("choose")}
                error={save.fieldError("service")}
                options={welfareServices.map((s) => ({ value: s, label: text(`service.${s}`) }))}
              />
              <TextAreaField
                label={text("refer.reason")}
                hint={text("refer.reasonHint")}
                value={reason()}
                onValue={setReason}
                maxLength={4000}
                rows={5}
                error={save.fieldError("reason")}
              />
              <FieldShell
                label={text("refer.disclosure")}
                hint={text("refer.disclosureHint")}
                class="field-checkbox"
              >
                {(control) => (
                  <input
                    {...control}
                    type="checkbox"
                    checked={disclosure()}
                    onChange={(e) => setDisclosure(e.currentTarget.checked)}
                  />
                )}
              </FieldShell>
              <FormActions label={text("refer.submit")} pending={save.pending()} error={save.error()} />
            </form>
          </Show>
        )}
      </Async>
    </Page>
  );
}
