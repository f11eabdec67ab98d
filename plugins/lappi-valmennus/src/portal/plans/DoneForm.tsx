import { Button, createSubmission, DateField, FormActions, usePluginApi } from "@polku/ui";
import { createSignal } from "solid-js";
import type { ValmennusRouter } from "../../router.ts";
import { pluginId } from "../text.ts";
import { usePlansText } from "./labels.ts";

/** Marks an item done on the day it happened: today unless another day is chosen (not a future one). */
export function DoneForm(props: {
  item: { readonly id: string; readonly title: string };
  today: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { text } = usePlansText();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const [doneOn, setDoneOn] = createSignal(props.today);
  const save = createSubmission(() => api.plans.markDone.mutate({ itemId: props.item.id, doneOn: doneOn() }));
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) props.onDone();
  };
  const titleId = `done-form-${props.item.id}-title`;
  return (
    <form class="form card" onSubmit={submit} aria-labelledby={titleId}>
      <h3 id={titleId}>{text("plans.doneForm.title", { title: props.item.title })}</h3>
      <DateField
        label={text("plans.doneForm.doneOn")}
        required
        max={props.today}
        value={doneOn()}
        onValue={setDoneOn}
        error={save.fieldError("doneOn")}
      />
      <FormActions label={text("plans.doneForm.submit")} pending={save.pending()} error={save.error()}>
        <Button variant="secondary" onClick={() => props.onCancel()}>
          {text("plans.form.cancel")}
        </Button>
      </FormActions>
    </form>
  );
}
