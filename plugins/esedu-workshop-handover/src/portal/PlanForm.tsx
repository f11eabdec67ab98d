import {
  Button,
  createSubmission,
  DateField,
  FormActions,
  SelectField,
  TextAreaField,
  usePluginApi,
} from "@polku/ui";
import { createSignal } from "solid-js";
import { type PlanPath, planPaths } from "../packet.ts";
import type { HandoverRouter } from "../router.ts";
import { pluginId, usePluginText } from "./text.ts";

export interface PlanStudent {
  id: string;
  firstName: string;
  lastName: string;
  plan: { path: string; goal: string; agreedOn: string } | null;
}

/**
 * The continuation plan written with one graduating student: the path, the goal in the student's words
 * and the day it was agreed. Prefilled with the plan there is, so a change never starts blank.
 */
export function PlanForm(props: {
  student: PlanStudent;
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const { text } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [path, setPath] = createSignal<string>(props.student.plan?.path ?? "youth_workshop");
  const [goal, setGoal] = createSignal(props.student.plan?.goal ?? "");
  const [agreedOn, setAgreedOn] = createSignal(props.student.plan?.agreedOn ?? "");
  const name = () => `${props.student.firstName} ${props.student.lastName}`;
  const save = createSubmission(() =>
    api.plans.save.mutate({
      studentId: props.student.id,
      path: path() as PlanPath,
      goal: goal().trim(),
      ...(agreedOn() ? { agreedOn: agreedOn() } : {}),
    }),
  );
  return (
    <form
      class="form card"
      aria-labelledby="plan-form-title"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await save.run()) props.onDone(name());
      }}
    >
      <h3 id="plan-form-title">{text("plans.formTitle", { name: name() })}</h3>
      <SelectField
        label={text("plans.path")}
        required
        value={path()}
        onValue={setPath}
        options={planPaths.map((p) => ({ value: p, label: text(`path.${p}` as "path.other") }))}
        error={save.fieldError("path")}
      />
      <TextAreaField
        label={text("plans.goal")}
        required
        value={goal()}
        onValue={setGoal}
        maxLength={2000}
        error={save.fieldError("goal")}
      />
      <DateField
        label={text("plans.agreedOn")}
        value={agreedOn()}
        onValue={setAgreedOn}
        error={save.fieldError("agreedOn")}
      />
      <FormActions label={text("plans.save")} pending={save.pending()} error={save.error()} />
      <Button variant="secondary" onClick={props.onCancel}>
        {text("plans.cancel")}
      </Button>
    </form>
  );
}
