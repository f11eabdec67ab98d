import { useI18n, useSession } from "@polku/ui";
import { A } from "@solidjs/router";
import { For } from "solid-js";
import { installed } from "../plugins.ts";

interface NavItem {
  href: string;
  label: string;
}

/** Only what the current role's permissions allow; students and guardians get no student list. */
export function MainNav() {
  const { t } = useI18n();
  const session = useSession();
  const items = (): NavItem[] => {
    const role = session.me.latest?.current.role;
    const ownPage = role === "student" || role === "guardian";
    // Everyone's home is "Tänään"; a student's or guardian's own page is reached from its card there.
    const list: NavItem[] = [{ href: "/", label: t("nav.home") }];
    if (!ownPage && session.can("student.list")) list.push({ href: "/students", label: t("nav.students") });
    for (const entry of installed.nav) {
      if (session.can(entry.permission)) list.push({ href: entry.href, label: t(entry.labelKey) });
    }
    return list;
  };
  return (
    <nav class="main-nav" aria-label={t("app.mainNav")}>
      <ul>
        <For each={items()}>
          {(item) => (
            <li>
              <A href={item.href} end={item.href === "/"}>
                {item.label}
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
