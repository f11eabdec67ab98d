import { Button, createSubmission, DateField, FormActions, TextAreaField, usePluginApi } from "@polku/ui";
import { createSignal } from "solid-js";
import type { ValmennusRouter } from "../../router.ts";
import { pluginId } from "../text.ts";
import { usePlansText } from "./labels.ts";

export interface PlanValues {
  readonly termStart: string;
  readonly termEnd: string;
  readonly groupGoals: string;
  readonly individualGoals: string;
}

/**
 * A group's plan for a term: creating one (with the group) or revising the goals and the term of one
 * (with the plan). The server's refusal shows next to the field it concerns; nothing typed is lost.
 */
export function PlanForm(props: {
  groupId?: string;
  planId?: string;
  title: string;
  initial?: PlanValues;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { text } = usePlansText();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const [termStart, setTermStart] = createSignal(props.initial?.termStart ?? "");
  const [termEnd, setTermEnd] = createSignal(props.initial?.termEnd ?? "");
  const [groupGoals, setGroupGoals] = createSignal(props.initial?.groupGoals ?? "");
  const [individualGoals, setIndividualGoals] = createSignal(props.initial?.individualGoals ?? "");
  const formId = `plan-form-${props.planId ?? props.groupId ?? "new"}`;
  const save = createSubmission(async () => {
    const values = {
      termStart: termStart(),
      termEnd: termEnd(),
      groupGoals: groupGoals(),
      individualGoals: individualGoals(),
    };
    if (props.planId) await api.plans.update.mutate({ planId: props.planId, ...values });
    else await api.plans.create.mutate({ groupId: props.groupId ?? "", ...values });
    return true;
  });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) props.onDone();
  };
  return (
    <form class="form card" onSubmit={submit} aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{props.title}</h3>
      <DateField
        label={text("plans.form.termStart")}
        required
        value={termStart()}
        onValue={setTermStart}
        error={save.fieldError("termStart")}
      />
      <DateField
        label={text("plans.form.termEnd")}
        required
        value={termEnd()}
        onValue={setTermEnd}
        error={save.fieldError("termEnd")}
      />
      <TextAreaField
        label={text("plans.form.groupGoals")}
        hint={text("plans.form.goalsHint")}
        value={groupGoals()}
        onValue={setGroupGoals}
        maxLength={4000}
        error={save.fieldError("groupGoals")}
      />
      <TextAreaField
        label={text("plans.form.individualGoals")}
        hint={text("plans.form.goalsHint")}
        value={individualGoals()}
        onValue={setIndividualGoals}
        maxLength={4000}
        error={save.fieldError("individualGoals")}
      />
      <FormActions label={text("plans.form.submit")} pending={save.pending()} error={save.error()}>
        <Button variant="secondary" onClick={() => props.onCancel()}>
          {text("plans.form.cancel")}
        </Button>
      </FormActions>
    </form>
  );
}
