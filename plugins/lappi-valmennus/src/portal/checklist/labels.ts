/** The checklist's words for item ids, states and results, in the user's language. */
import type { usePluginApi } from "@polku/ui";
import type { ChecklistItemId } from "../../checklist/tasks.ts";
import type { ValmennusRouter } from "../../router.ts";
import { usePluginText } from "../text.ts";
import type { ChecklistMessageKey } from "./messages.ts";

export function useChecklistText() {
  const i18n = usePluginText<ChecklistMessageKey>();
  const { text, formatDate } = i18n;
  const key = (k: string) => k as ChecklistMessageKey;
  return {
    ...i18n,
    itemLabel: (id: ChecklistItemId | string) => text(key(`checklist.item.${id}`)),
    /** The state in words, so it is never told by colour alone. */
    stateLabel: (item: { state: string; doneOn: string | null }) =>
      item.state === "done"
        ? text("checklist.state.done", { date: formatDate(item.doneOn) })
        : text(key(`checklist.state.${item.state}`)),
    resultLabel: (result: string) => text(key(`checklist.result.${result}`)),
    kindLabel: (kind: string) => text(key(`checklist.screening.${kind}`)),
    outcomeLabel: (outcome: string | null) => text(key(`checklist.outcome.${outcome ?? "none"}`)),
    hoksLabel: (status: string | null) => text(key(`checklist.hoks.${status ?? "none"}`)),
  };
}

/** A badge's tone for an item's state (the text says the state; the colour only repeats it). */
export const stateTone = (state: string) =>
  state === "done" ? "badge-done" : state === "late" ? "badge-cancelled" : "badge-neutral";

export const studentName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

type Checklist = ReturnType<typeof usePluginApi<ValmennusRouter>>["checklist"];
/** What each checklist query returns, as the portal receives it. */
export type Outputs = {
  [K in "overview" | "forStudent" | "candidates" | "groups"]: Awaited<ReturnType<Checklist[K]["query"]>>;
};
