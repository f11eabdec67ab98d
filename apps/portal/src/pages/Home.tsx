import { Async, Empty, Page, Section, useApi, useI18n, useSession } from "@polku/ui";
import { A, Navigate } from "@solidjs/router";
import { createResource, For, Match, Switch } from "solid-js";

/** A student sees their own page; a guardian their ward's (or a list of wards). */
function OwnStudents() {
  const { t } = useI18n();
  const api = useApi();
  // Row-level security narrows the list to the student themself or a guardian's minor wards.
  const [students, { refetch }] = createResource(() => api.students.list.query({ limit: 50 }));
  return (
    <Async resource={students} retry={() => void refetch()}>
      {(list) => (
        <Switch>
          <Match when={list.length === 1}>
            <Navigate href={`/students/${list[0]!.id}`} />
          </Match>
          <Match when={list.length === 0}>
            <Page title={t("nav.ownPage")}>
              <Empty>{t("home.noStudent")}</Empty>
            </Page>
          </Match>
          <Match when={list.length > 1}>
            <Page title={t("home.wards")}>
              <ul>
                <For each={list}>
                  {(s) => (
                    <li>
                      <A href={`/students/${s.id}`}>
                        {s.firstName} {s.lastName}
                      </A>
                    </li>
                  )}
                </For>
              </ul>
            </Page>
          </Match>
        </Switch>
      )}
    </Async>
  );
}

/** The front page: where each role starts. */
export default function Home() {
  const { t } = useI18n();
  const session = useSession();
  const role = () => session.me.latest?.current.role;
  return (
    <Switch
      fallback={
        <Page title={t("home.title", { name: session.me.latest?.firstName ?? "" })}>
          <Section title={t("app.mainNav")}>
            <p>{t("home.intro")}</p>
          </Section>
        </Page>
      }
    >
      <Match when={role() === "student" || role() === "guardian"}>
        <OwnStudents />
      </Match>
      <Match when={session.can("student.list")}>
        <Navigate href="/students" />
      </Match>
    </Switch>
  );
}
