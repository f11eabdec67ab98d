import { useI18n, useSession } from "@polku/ui";
import { A, useLocation } from "@solidjs/router";
import { createEffect, createSignal, For, Match, onCleanup, Switch } from "solid-js";
import { installed } from "../plugins.ts";
import { groupNav, type NavEntry, type NavLink } from "./nav-groups.ts";

/**
 * Only what the current role's permissions allow; students and guardians get no student list. A long
 * menu is grouped under headings that open their links (the disclosure pattern: a button with
 * aria-expanded; Escape closes it and returns to its button, as does choosing a page or clicking
 * elsewhere).
 */
export function MainNav() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const [open, setOpen] = createSignal<string | null>(null);
  const links = (): NavLink[] => {
    const role = session.me.latest?.current.role;
    const ownPage = role === "student" || role === "guardian";
    const list: NavLink[] = [];
    if (!ownPage && session.can("student.list"))
      list.push({ href: "/students", label: t("nav.students"), group: "students" });
    for (const entry of installed.nav) {
      if (session.can(entry.permission))
        list.push({ href: entry.href, label: t(entry.labelKey), group: entry.group });
    }
    return list;
  };
  createEffect(() => {
    location.pathname;
    setOpen(null);
  });
  let nav: HTMLElement | undefined;
  const closeOutside = (event: MouseEvent) => {
    if (open() !== null && nav && !nav.contains(event.target as Node)) setOpen(null);
  };
  document.addEventListener("click", closeOutside);
  onCleanup(() => document.removeEventListener("click", closeOutside));
  // A link is current on the pages below it too (a student's page under "Opiskelijat"), unless another
  // link of the menu is one of them ("Läsnäolon tuonti" below "Läsnäolo").
  const exact = (href: string) => links().some((l) => l.href.startsWith(`${href}/`));
  const holdsCurrent = (entry: NavEntry & { kind: "group" }) =>
    entry.links.some((l) => location.pathname === l.href || location.pathname.startsWith(`${l.href}/`));
  return (
    <nav class="main-nav" aria-label={t("app.mainNav")} ref={nav}>
      <ul>
        <li>
          {/* Everyone's home is "Tänään"; a student's or guardian's own page is reached from its card there. */}
          <A href="/" end>
            {t("nav.home")}
          </A>
        </li>
        <For each={groupNav(links())}>
          {(entry) => (
            <Switch>
              <Match when={entry.kind === "link" && entry}>
                {(e) => (
                  <li>
                    <A href={e().link.href} end={exact(e().link.href)}>
                      {e().link.label}
                    </A>
                  </li>
                )}
              </Match>
              <Match when={entry.kind === "group" && entry}>
                {(g) => {
                  const id = `nav-group-${g().group}`;
                  const expanded = () => open() === g().group;
                  let button: HTMLButtonElement | undefined;
                  return (
                    <li
                      class="nav-group"
                      onKeyDown={(event) => {
                        if (event.key === "Escape" && expanded()) {
                          setOpen(null);
                          button?.focus();
                        }
                      }}
                    >
                      <button
                        ref={button}
                        type="button"
                        class="nav-group-button"
                        aria-expanded={expanded() ? "true" : "false"}
                        aria-controls={id}
                        data-current={holdsCurrent(g()) ? "true" : undefined}
                        onClick={() => setOpen(expanded() ? null : g().group)}
                      >
                        {t(`nav.group.${g().group}`)}
                      </button>
                      <ul id={id} class="nav-group-links" hidden={!expanded()}>
                        <For each={g().links}>
                          {(link) => (
                            <li>
                              <A href={link.href} end={exact(link.href)}>
                                {link.label}
                              </A>
                            </li>
                          )}
                        </For>
                      </ul>
                    </li>
                  );
                }}
              </Match>
            </Switch>
          )}
        </For>
      </ul>
    </nav>
  );
}
