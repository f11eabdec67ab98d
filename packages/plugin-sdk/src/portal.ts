/**
 * The portal entry of the SDK: a plugin's pages, navigation, strings and the slots it fills on the
 * core's pages (student-page sections, home-page cards, inbox items). Browser code, but with no
 * runtime dependency of its own, so a plugin's portal declaration can be checked in a plain Node test;
 * the strings hook is in `./portal-text`. A plugin's `./portal` entry never imports its server code
 * (types excepted).
 */
import type { Role } from "@polku/domain";
import type { Component } from "solid-js";
import type { PluginManifest } from "./manifest.ts";

export type Locale = "fi" | "sv" | "en";
export type Messages = Readonly<Record<string, string>>;

export interface PortalRoute {
  /** Below the plugin's base path `/p/<id>`; e.g. "/" or "/students/:studentId". */
  readonly path: string;
  /** Load lazily: `lazy(() => import("./pages/X.tsx"))`. */
  readonly component: Component;
}

/**
 * The main menu's groups, the same for the core and every plugin, so that a role with many entries
 * sees a few headings instead of two or three rows of links: the students and their support, the
 * day's work (attendance, hours, notices), continuation paths and partners, follow-up and funding,
 * and settings. A role with only a few entries sees them as plain links.
 */
export const navGroups = ["students", "daily", "paths", "reports", "settings"] as const;
export type NavGroup = (typeof navGroups)[number];

export interface PortalNavEntry {
  /** Below `/p/<id>`. */
  readonly path: string;
  /** A key of the plugin's messages. */
  readonly label: string;
  /** Shown only to actors whose role has this permission. */
  readonly permission: string;
  /** Where in the menu it goes; without one it stands on its own after the groups. */
  readonly group?: NavGroup;
}

/**
 * Who sees a contribution: an actor whose role has `permission` (when given) and is one of `roles`
 * (when given). The API still checks every call; this only keeps what would be refused off the page.
 */
export interface SlotAudience {
  readonly permission?: string;
  readonly roles?: readonly Role[];
}

/** What the host fills into a page: one titled part, in the host's order (lower `order` first). */
export interface SlotContribution<P extends object> extends SlotAudience {
  /** Unique within the contributor; the host prefixes it, and a section's anchor is made of it. */
  readonly id: string;
  /** A key of the contributor's messages: the heading, and the section's link in the page's navigation. */
  readonly title: string;
  /** The core's own parts use multiples of 10 (details 10, pathway 30, HOKS 40...); plugins fit between. */
  readonly order: number;
  /** Lazily loaded where it is more than a few lines: `lazy(() => import("./portal/X.tsx"))`. */
  readonly component: Component<P>;
}

/** What a student-page section is given: the student the page is about. */
export interface StudentSectionProps {
  readonly studentId: string;
  /** "First Last", as in the page's heading. */
  readonly studentName: string;
  readonly minor: boolean;
}

/**
 * A section of the student page. The host draws the section (landmark, heading, link in the page's
 * navigation) and shows its loading and its failure with a retry; the component draws the content,
 * with level-3 headings for its own parts.
 */
export type StudentSection = SlotContribution<StudentSectionProps>;

/**
 * A card on the home page ("Tänään"): what needs this person today, with a link onwards. The host draws
 * the card's heading; the component draws a few lines and the link.
 */
export type HomeCard = SlotContribution<object>;

/** One notification in a person's inbox, as the core's outbox keeps it. */
export interface InboxItemProps {
  readonly id: string;
  /** The template the notification was recorded with. */
  readonly template: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
  readonly read: boolean;
}

/** How the inbox shows the notifications of one of the plugin's templates (the inbox page comes later). */
export interface InboxItemView {
  readonly template: string;
  readonly component: Component<InboxItemProps>;
}

export interface PortalPlugin {
  readonly manifest: PluginManifest;
  readonly routes: readonly PortalRoute[];
  readonly nav: readonly PortalNavEntry[];
  /**
   * The plugin's strings in the three languages; the keys must match across them. With `pageMessages`,
   * only what the menu needs: these load with the portal's first download.
   */
  readonly messages: Readonly<Record<Locale, Messages>>;
  /**
   * The pages' strings (and the slots' content strings), loaded (`() => import(...)`) with the first of
   * the plugin's pages or slots a person opens, so people who never open them never download them.
   */
  readonly pageMessages?: () => Promise<Readonly<Record<Locale, Messages>>>;
  readonly studentSections?: readonly StudentSection[];
  readonly homeCards?: readonly HomeCard[];
  readonly inboxItems?: readonly InboxItemView[];
}

export const definePortalPlugin = (plugin: PortalPlugin): PortalPlugin => plugin;

export type { Role };
