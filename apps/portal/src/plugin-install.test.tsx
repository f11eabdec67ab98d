import type { PortalPlugin } from "@polku/plugin-sdk/portal";
import { I18nProvider, useI18n } from "@polku/ui";
import { render, screen } from "@solidjs/testing-library";
import type { Component } from "solid-js";
import { describe, expect, it } from "vitest";
import { installPlugins, joinPath } from "./plugin-install.ts";

const Page = () => <h1>Plugin page</h1>;

const plugin = (id: string): PortalPlugin => ({
  manifest: {
    id,
    version: "0.1.0",
    region: "test",
    title: { fi: "Testi", sv: "Test", en: "Test" },
    requires: [],
    permissions: { "thing.read": ["tutor"] },
  },
  routes: [
    { path: "/", component: Page },
    { path: "/things/:thingId", component: Page },
  ],
  nav: [{ path: "/", label: "nav.title", permission: "thing.read" }],
  messages: { fi: { "nav.title": "Asiat" }, sv: { "nav.title": "Saker" }, en: { "nav.title": "Things" } },
});

describe("installing portal plugins", () => {
  it("mounts routes under /p/<id>, keeps the nav permission and registers strings under the id", () => {
    const { routes, nav } = installPlugins([{ id: "test-things", plugin: plugin("test-things") }]);
    expect(routes.map((r) => r.path)).toEqual(["/p/test-things", "/p/test-things/things/:thingId"]);
    expect(nav).toEqual([
      { href: "/p/test-things", labelKey: "test-things:nav.title", permission: "thing.read" },
    ]);
    function Label() {
      return <span>{useI18n().t(nav[0]!.labelKey)}</span>;
    }
    render(() => (
      <I18nProvider locale="sv">
        <Label />
      </I18nProvider>
    ));
    expect(screen.getByText("Saker")).toBeTruthy();
  });

  it("loads a plugin's page strings with its first page, and renders the page only once they are there", async () => {
    let loads = 0;
    function Titled() {
      return <h1>{useI18n().t("lazy-things:page.title")}</h1>;
    }
    const lazyPlugin: PortalPlugin = {
      ...plugin("lazy-things"),
      routes: [{ path: "/", component: Titled }],
      pageMessages: async () => {
        loads++;
        return {
          fi: { "page.title": "Asioiden sivu" },
          sv: { "page.title": "Sakernas sida" },
          en: { "page.title": "Things page" },
        };
      },
    };
    const { routes, nav } = installPlugins([{ id: "lazy-things", plugin: lazyPlugin }]);
    // Nothing is loaded before a page is opened.
    expect(loads).toBe(0);
    const PageRoute = routes[0]!.component as Component;
    function Label() {
      return <span>{useI18n().t(nav[0]!.labelKey)}</span>;
    }
    render(() => (
      <I18nProvider locale="fi">
        <Label />
        <PageRoute />
      </I18nProvider>
    ));
    expect(await screen.findByRole("heading", { name: "Asioiden sivu" })).toBeTruthy();
    // The menu's strings stay registered next to the pages'.
    expect(screen.getByText("Asiat")).toBeTruthy();
    expect(loads).toBe(1);
  });

  it("refuses a portal entry whose manifest names another plugin", () => {
    expect(() => installPlugins([{ id: "one", plugin: plugin("other") }])).toThrow(/declares the id "other"/);
  });

  it("joins paths without doubled or missing slashes", () => {
    expect(joinPath("/p/x", "/")).toBe("/p/x");
    expect(joinPath("/p/x", "a/b")).toBe("/p/x/a/b");
    expect(joinPath("/p/x", "/a")).toBe("/p/x/a");
  });
});
