import { planItemKinds } from "../../plans/rules.ts";
import { usePluginText } from "../text.ts";
import type { PlansMessageKey } from "./messages.ts";

/** A staff member as the pickers list them: the name and, in the reader's language, the roles. */
export interface StaffOption {
  readonly personId: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly roles: readonly string[];
}

/** The plans area's strings, with the labels of kinds and staff roles. */
export function usePlansText() {
  const i18n = usePluginText<PlansMessageKey>();
  const kindLabel = (kind: string) => i18n.text(`plans.kind.${kind}` as PlansMessageKey);
  const kindOptions = () => planItemKinds.map((value) => ({ value, label: kindLabel(value) }));
  const staffLabel = (s: StaffOption) =>
    i18n.text("plans.staffOption", {
      name: `${s.firstName} ${s.lastName}`,
      roles: s.roles.map((r) => i18n.text(`plans.role.${r}` as PlansMessageKey)).join(", "),
    });
  return { ...i18n, kindLabel, kindOptions, staffLabel };
}
