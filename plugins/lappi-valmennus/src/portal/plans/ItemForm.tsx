import {
  Button,
  createSubmission,
  DateField,
  FormActions,
  SelectField,
  TextAreaField,
  TextField,
  usePluginApi,
} from "@polku/ui";
import { createSignal } from "solid-js";
import type { PlanItemKind } from "../../plans/rules.ts";
import type { ValmennusRouter } from "../../router.ts";
import { pluginId } from "../text.ts";
import { type StaffOption, usePlansText } from "./labels.ts";

export interface ItemValues {
  readonly id: string;
  readonly kind: PlanItemKind;
  readonly plannedOn: string;
  readonly startsAt: string | null;
  readonly title: string;
  readonly place: string | null;
  readonly responsiblePersonId: string | null;
  readonly note: string | null;
}

/**
 * Adds an item to a plan, or edits one. For an outreach visit only welfare staff are offered as the
 * responsible person (the server checks it too, and its refusal shows next to the field).
 */
export function ItemForm(props: {
  planId: string;
  item?: ItemValues;
  staff: readonly StaffOption[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { text, kindOptions, staffLabel } = usePlansText();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const [kind, setKind] = createSignal<string>(props.item?.kind ?? "");
  const [plannedOn, setPlannedOn] = createSignal(props.item?.plannedOn ?? "");
  const [startsAt, setStartsAt] = createSignal(props.item?.startsAt ?? "");
  const [title, setTitle] = createSignal(props.item?.title ?? "");
  const [place, setPlace] = createSignal(props.item?.place ?? "");
  const [responsible, setResponsible] = createSignal(props.item?.responsiblePersonId ?? "");
  const [note, setNote] = createSignal(props.item?.note ?? "");
  const formId = `item-form-${props.item?.id ?? "new"}`;
  const candidates = () =>
    kind() === "outreach" ? props.staff.filter((s) => s.roles.includes("welfare")) : props.staff;
  const save = createSubmission(async () => {
    const values = {
      kind: kind() as PlanItemKind,
      plannedOn: plannedOn(),
      title: title(),
      ...(startsAt() ? { startsAt: startsAt() } : {}),
      ...(place().trim() ? { place: place().trim() } : {}),
      ...(responsible() ? { responsiblePersonId: responsible() } : {}),
      ...(note().trim() ? { note: note().trim() } : {}),
    };
    if (props.item) await api.plans.updateItem.mutate({ itemId: props.item.id, ...values });
    else await api.plans.addItem.mutate({ planId: props.planId, ...values });
    return true;
  });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) props.onDone();
  };
  return (
    <form class="form card" onSubmit={submit} aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>
        {props.item
          ? text("plans.itemForm.editTitle", { title: props.item.title })
          : text("plans.itemForm.addTitle")}
      </h3>
      <SelectField
        label={text("plans.itemForm.kind")}
        required
        value={kind()}
        onValue={setKind}
        placeholder={text("plans.itemForm.kind")}
        options={kindOptions()}
        error={save.fieldError("kind")}
      />
      <DateField
        label={text("plans.itemForm.plannedOn")}
        required
        value={plannedOn()}
        onValue={setPlannedOn}
        error={save.fieldError("plannedOn")}
      />
      <TextField
        type="time"
        label={text("plans.itemForm.startsAt")}
        hint={text("plans.itemForm.startsAtHint")}
        value={startsAt()}
        onValue={setStartsAt}
        error={save.fieldError("startsAt")}
      />
      <TextField
        label={text("plans.itemForm.title")}
        required
        maxLength={200}
        value={title()}
        onValue={setTitle}
        error={save.fieldError("title")}
      />
      <TextField
        label={text("plans.itemForm.place")}
        maxLength={200}
        value={place()}
        onValue={setPlace}
        error={save.fieldError("place")}
      />
      <SelectField
        label={text("plans.itemForm.responsible")}
        required={kind() === "outreach"}
        hint={kind() === "outreach" ? text("plans.itemForm.responsibleOutreachHint") : undefined}
        value={responsible()}
        onValue={setResponsible}
        placeholder={text("plans.itemForm.noResponsible")}
        options={candidates().map((s) => ({ value: s.personId, label: staffLabel(s) }))}
        error={save.fieldError("responsiblePersonId")}
      />
      <TextAreaField
        label={text("plans.itemForm.note")}
        hint={text("plans.itemForm.noteHint")}
        value={note()}
        onValue={setNote}
        maxLength={4000}
        error={save.fieldError("note")}
      />
      <FormActions label={text("plans.itemForm.submit")} pending={save.pending()} error={save.error()}>
        <Button variant="secondary" onClick={() => props.onCancel()}>
          {text("plans.form.cancel")}
        </Button>
      </FormActions>
    </form>
  );
}
