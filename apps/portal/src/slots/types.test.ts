import type { Role } from "@polku/domain";
import type { Session } from "@polku/ui";
import { describe, expect, it } from "vitest";
import { installSlots, visibleSlots } from "./types.ts";

const Part = () => null;
const asIs = <C>(component: C) => component;

/** A session of one role with these permissions; the slots read nothing else of it. */
const sessionOf = (role: Role, permissions: readonly string[]) =>
  ({
    me: { latest: { current: { role } } },
    can: (permission: string) => permissions.includes(permission),
  }) as unknown as Session;

const slots = [
  ...installSlots(
    "core",
    [
      { id: "late", title: "late.title", order: 90, component: Part },
      { id: "own", title: "own.title", order: 20, roles: ["student", "guardian"], component: Part },
    ],
    { ownStrings: false, withStrings: asIs },
  ),
  ...installSlots(
    "some-plugin",
    [{ id: "list", title: "list.title", order: 20, permission: "thing.read", component: Part }],
    { ownStrings: true, withStrings: asIs },
  ),
];

describe("installed slots", () => {
  it("key each contribution by its contributor, and namespace a plugin's title", () => {
    expect(slots.map((s) => [s.key, s.titleKey])).toEqual([
      ["core-late", "late.title"],
      ["core-own", "own.title"],
      ["some-plugin-list", "some-plugin:list.title"],
    ]);
  });

  it("show a person the slots of their role and permissions, in order, ties in install order", () => {
    const keys = (session: Session) => visibleSlots(slots, session).map((s) => s.key);
    expect(keys(sessionOf("tutor", ["thing.read"]))).toEqual(["some-plugin-list", "core-late"]);
    expect(keys(sessionOf("guardian", ["thing.read"]))).toEqual([
      "core-own",
      "some-plugin-list",
      "core-late",
    ]);
    expect(keys(sessionOf("student", []))).toEqual(["core-own", "core-late"]);
  });
});
