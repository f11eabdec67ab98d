import {
  CheckboxField,
  createLiveResource,
  createSubmission,
  FormActions,
  Section,
  SelectField,
  usePluginApi,
} from "@polku/ui";
import { createSignal, For } from "solid-js";
import { manifest } from "../manifest.ts";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { type PartnerRole, partnerRoles } from "../vocabulary.ts";

/** Takes a local organisation in as the training's partner, with its roles. */
export function AddPartner(props: { trainingId: string; onSaved?: () => void }) {
  const { text } = usePluginText();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const [options] = createLiveResource(() => plugin.trainings.partnerOptions.query());
  const [organisationId, setOrganisationId] = createSignal("");
  const [roles, setRoles] = createSignal<PartnerRole[]>([]);
  const save = createSubmission(() =>
    plugin.trainings.addPartner.mutate({
      trainingId: props.trainingId,
      organisationId: organisationId(),
      roles: roles(),
    }),
  );
  const toggle = (role: PartnerRole, on: boolean) =>
    setRoles((rs) => (on ? [...rs, role] : rs.filter((r) => r !== role)));
  return (
    <Section title={text("training.addPartner")} level={3}>
      <form
        class="form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await save.run()) {
            setRoles([]);
            props.onSaved?.();
          }
        }}
      >
        <SelectField
          label={text("training.organisation")}
          value={organisationId()}
          onValue={setOrganisationId}
          required
          placeholder="–"
          error={save.fieldError("organisationId")}
          options={(options() ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
        <fieldset>
          <legend>{text("training.roles")}</legend>
          <For each={partnerRoles}>
            {(role) => (
              <CheckboxField
                label={text(`role.${role}`)}
                checked={roles().includes(role)}
                onChecked={(on) => toggle(role, on)}
              />
            )}
          </For>
        </fieldset>
        <FormActions
          label={text("training.addPartner")}
          pending={save.pending()}
          error={save.error()}
          variant="secondary"
        />
      </form>
    </Section>
  );
}
