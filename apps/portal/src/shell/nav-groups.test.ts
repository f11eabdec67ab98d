import { describe, expect, it } from "vitest";
import { FLAT_MENU_MAX, groupNav, type NavLink } from "./nav-groups.ts";

const link = (label: string, group?: NavLink["group"]): NavLink => ({ href: `/${label}`, label, group });

describe("groupNav", () => {
  it("leaves a short menu as plain links, in its order", () => {
    const links = [link("a", "reports"), link("b", "students"), link("c")];
    expect(groupNav(links)).toEqual(links.map((l) => ({ kind: "link", link: l })));
  });

  it("groups a long menu in the groups' order, a lone link on its own, ungrouped links last", () => {
    const links = [
      link("other"),
      link("funding", "reports"),
      link("students", "students"),
      link("warnings", "students"),
      link("attendance", "daily"),
      link("metrics", "reports"),
      link("settings", "settings"),
    ];
    expect(links.length).toBeGreaterThan(FLAT_MENU_MAX);
    const entries = groupNav(links);
    expect(
      entries.map((e) => (e.kind === "link" ? e.link.label : `${e.group}:${e.links.map((l) => l.label)}`)),
    ).toEqual(["students:students,warnings", "attendance", "reports:funding,metrics", "settings", "other"]);
  });
});
