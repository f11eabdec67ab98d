/**
 * The portal's slots as installed: each contribution of a core feature area or a plugin, with its
 * title as a namespaced message key and its component ready to render once its strings are there.
 */
import type { SlotAudience, SlotContribution, StudentSectionProps } from "@polku/plugin-sdk/portal";
import type { ApiOutputs, Session } from "@polku/ui";
import type { Component } from "solid-js";

/**
 * What the core's own student-page sections get besides what a plugin's do: the record the page has
 * loaded already (reading it again would write a second audit entry for the same look).
 */
export interface CoreStudentSectionProps extends StudentSectionProps {
  readonly student: ApiOutputs["students"]["get"];
}

export type CoreStudentSection = SlotContribution<CoreStudentSectionProps>;

export interface InstalledSlot<P extends object> {
  /** "<namespace>-<id>": unique on the page; a student section's anchor. */
  readonly key: string;
  readonly titleKey: string;
  readonly order: number;
  readonly audience: SlotAudience;
  readonly component: Component<P>;
}

/**
 * A contributor's slots, installed: `namespace` prefixes the key and (when the contributor has its own
 * strings) the title; `withStrings` makes each component wait for the contributor's page strings.
 */
export function installSlots<P extends object>(
  namespace: string,
  contributions: readonly SlotContribution<P>[] | undefined,
  options: { ownStrings: boolean; withStrings: (component: Component<P>) => Component<P> },
): InstalledSlot<P>[] {
  return (contributions ?? []).map((c) => ({
    key: `${namespace}-${c.id}`,
    titleKey: options.ownStrings ? `${namespace}:${c.title}` : c.title,
    order: c.order,
    audience: {
      ...(c.permission ? { permission: c.permission } : {}),
      ...(c.roles ? { roles: c.roles } : {}),
    },
    component: options.withStrings(c.component),
  }));
}

/** The slots this person may see, in order (ties keep the install order: core first, then plugins). */
export function visibleSlots<P extends object>(
  slots: readonly InstalledSlot<P>[],
  session: Session,
): InstalledSlot<P>[] {
  const role = session.me.latest?.current.role;
  return slots
    .filter(({ audience }) => {
      if (audience.permission && !session.can(audience.permission)) return false;
      return !audience.roles || (role !== undefined && audience.roles.includes(role));
    })
    .sort((a, b) => a.order - b.order);
}
