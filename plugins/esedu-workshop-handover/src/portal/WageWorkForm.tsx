import {
  CheckboxField,
  createLiveResource,
  createSubmission,
  DateField,
  FormActions,
  SelectField,
  TextField,
  useApi,
  usePluginApi,
} from "@polku/ui";
import { createSignal, For, Show } from "solid-js";
import type { HandoverRouter } from "../router.ts";
import { subsidyDeciders } from "../wage-work-vocabulary.ts";
import { pluginId, usePluginText } from "./text.ts";

/**
 * The coach records a period of wage-subsidised work: the employer, the period, the subsidy decision
 * (number, day, who decided) and the units of the coachee's qualification to complete alongside it.
 */
export function WageWorkForm(props: { handoverId: string; onSaved: () => void }) {
  const { text, locale } = usePluginText();
  const core = useApi();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [employers] = createLiveResource(() =>
    core.organisations.list.query({ kinds: ["company", "partner", "provider", "institution"] }),
  );
  const [catalogue] = createLiveResource(
    () => props.handoverId,
    (handoverId) => api.wageWork.units.query({ handoverId }),
  );
  const [employerId, setEmployerId] = createSignal("");
  const [startsOn, setStartsOn] = createSignal("");
  const [endsOn, setEndsOn] = createSignal("");
  const [decisionNumber, setDecisionNumber] = createSignal("");
  const [decisionDate, setDecisionDate] = createSignal("");
  const [decidedBy, setDecidedBy] = createSignal<string>("te_services");
  const [deciderName, setDeciderName] = createSignal("");
  const [units, setUnits] = createSignal<readonly string[]>([]);
  const toggle = (code: string, on: boolean) =>
    setUnits((all) => (on ? [...all.filter((c) => c !== code), code] : all.filter((c) => c !== code)));
  const save = createSubmission(() =>
    api.wageWork.record.mutate({
      handoverId: props.handoverId,
      employerId: employerId(),
      startsOn: startsOn(),
      endsOn: endsOn(),
      decisionNumber: decisionNumber().trim(),
      decisionDate: decisionDate(),
      decidedBy: decidedBy() as (typeof subsidyDeciders)[number],
      ...(deciderName().trim() ? { deciderName: deciderName().trim() } : {}),
      unitCodes: [...units()],
    }),
  );
  const nameOf = (n: { fi: string; sv: string | null; en: string | null }) =>
    (locale() === "sv" ? n.sv : locale() === "en" ? n.en : null) ?? n.fi;
  return (
    <form
      class="form"
      aria-label={text("wage.record")}
      onSubmit={async (e) => {
        e.preventDefault();
        if (await save.run()) {
          setUnits([]);
          setDecisionNumber("");
          props.onSaved();
        }
      }}
    >
      <SelectField
        label={text("wage.employer")}
        required
        value={employerId()}
        onValue={setEmployerId}
        placeholder={text("choose")}
        options={(employers() ?? []).map((o) => ({ value: o.id, label: o.name }))}
        error={save.fieldError("employerId")}
      />
      <DateField
        label={text("wage.startsOn")}
        required
        value={startsOn()}
        onValue={setStartsOn}
        error={save.fieldError("startsOn")}
      />
      <DateField
        label={text("wage.endsOn")}
        required
        value={endsOn()}
        onValue={setEndsOn}
        error={save.fieldError("endsOn")}
      />
      <TextField
        label={text("wage.decisionNumber")}
        required
        value={decisionNumber()}
        onValue={setDecisionNumber}
        error={save.fieldError("decisionNumber")}
      />
      <DateField
        label={text("wage.decisionDate")}
        required
        value={decisionDate()}
        onValue={setDecisionDate}
        error={save.fieldError("decisionDate")}
      />
      <SelectField
        label={text("wage.decidedBy")}
        required
        value={decidedBy()}
        onValue={setDecidedBy}
        options={subsidyDeciders.map((d) => ({ value: d, label: text(`decider.${d}` as "decider.other") }))}
        error={save.fieldError("decidedBy")}
      />
      <TextField
        label={text("wage.deciderName")}
        value={deciderName()}
        onValue={setDeciderName}
        error={save.fieldError("deciderName")}
      />
      <fieldset class="field">
        <legend>{text("wage.pickUnits")}</legend>
        <Show when={(catalogue() ?? []).length > 0} fallback={<p>{text("wage.noCatalogue")}</p>}>
          <For each={catalogue()}>
            {(u) => (
              <CheckboxField
                label={u.competencePoints ? `${nameOf(u.name)} (${u.competencePoints} osp)` : nameOf(u.name)}
                checked={units().includes(u.code)}
                onChecked={(on) => toggle(u.code, on)}
              />
            )}
          </For>
        </Show>
      </fieldset>
      <FormActions label={text("wage.record")} pending={save.pending()} error={save.error()} />
    </form>
  );
}
