import { type NavGroup, navGroups } from "@polku/plugin-sdk/portal";

export interface NavLink {
  readonly href: string;
  readonly label: string;
  readonly group?: NavGroup | undefined;
}

/** One entry of the main menu: a plain link, or a heading that opens its links. */
export type NavEntry =
  | { readonly kind: "link"; readonly link: NavLink }
  | { readonly kind: "group"; readonly group: NavGroup; readonly links: readonly NavLink[] };

/**
 * Up to this many links stand in one row as they are (a student's, a guardian's or a company
 * contact's menu); more are grouped, as a tutor's 14 or a manager's 17 would wrap into two or three rows.
 */
export const FLAT_MENU_MAX = 6;

/**
 * The menu in the groups' fixed order, then the links that name no group. A group with one link
 * is that link on its own: a heading that opens a single link only adds a click.
 */
export function groupNav(links: readonly NavLink[]): NavEntry[] {
  if (links.length <= FLAT_MENU_MAX) return links.map((link) => ({ kind: "link", link }));
  const entries: NavEntry[] = [];
  for (const group of navGroups) {
    const inGroup = links.filter((l) => l.group === group);
    if (inGroup.length === 1) entries.push({ kind: "link", link: inGroup[0]! });
    else if (inGroup.length > 1) entries.push({ kind: "group", group, links: inGroup });
  }
  for (const link of links) if (link.group === undefined) entries.push({ kind: "link", link });
  return entries;
}
