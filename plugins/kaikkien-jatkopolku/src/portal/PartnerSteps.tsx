import {
  createSubmission,
  DateField,
  FormActions,
  SelectField,
  StatusMessage,
  TextAreaField,
  usePluginApi,
} from "@polku/ui";
import { createSignal, For, Show } from "solid-js";
import { manifest } from "../manifest.ts";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { type LifecycleStep, lifecycleSteps } from "../vocabulary.ts";

interface Step {
  kind: string;
  doneOn: string;
  note: string;
}

/** One partner's lifecycle: every step of the chapter in order, done or not, and a form to record one. */
export function PartnerSteps(props: {
  partnerId: string;
  steps: readonly Step[];
  canWrite: boolean;
  onSaved?: () => void;
}) {
  const { text, formatDate } = usePluginText();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const [kind, setKind] = createSignal<string>(lifecycleSteps[0]);
  const [doneOn, setDoneOn] = createSignal("");
  const [note, setNote] = createSignal("");
  const [message, setMessage] = createSignal<string | null>(null);
  const save = createSubmission(() =>
    plugin.trainings.recordStep.mutate({
      trainingPartnerId: props.partnerId,
      kind: kind() as LifecycleStep,
      doneOn: doneOn(),
      note: note(),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) {
      setNote("");
      setMessage(text("training.saved"));
      props.onSaved?.();
    }
  };
  const stepOf = (k: string) => props.steps.find((s) => s.kind === k);
  return (
    <>
      <ol class="kaikkien-steps">
        <For each={lifecycleSteps}>
          {(k) => (
            <li>
              {text(`step.${k}`)}
              {": "}
              <Show when={stepOf(k)} fallback={text("training.notDone")}>
                {(s) => `${formatDate(s().doneOn)}, ${s().note}`}
              </Show>
            </li>
          )}
        </For>
      </ol>
      <Show when={props.canWrite}>
        <StatusMessage message={message()} />
        <form class="form" onSubmit={submit}>
          <SelectField
            label={text("training.step")}
            value={kind()}
            onValue={setKind}
            options={lifecycleSteps.map((k) => ({ value: k, label: text(`step.${k}`) }))}
          />
          <DateField
            label={text("training.doneOn")}
            value={doneOn()}
            onValue={setDoneOn}
            required
            error={save.fieldError("doneOn")}
          />
          <TextAreaField
            label={text("training.note")}
            value={note()}
            onValue={setNote}
            error={save.fieldError("note")}
          />
          <FormActions
            label={text("training.recordStep")}
            pending={save.pending()}
            error={save.error()}
            variant="secondary"
          />
        </form>
      </Show>
    </>
  );
}
