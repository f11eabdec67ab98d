import { Async, createLiveResource, ShortList, useApi, useI18n, useSession } from "@polku/ui";
import { A } from "@solidjs/router";
import { Show } from "solid-js";

/** A student's own page, or a guardian's wards' pages (row-level security narrows the list to those). */
export default function OwnCard() {
  const { t } = useI18n();
  const api = useApi();
  const session = useSession();
  const guardian = () => session.me.latest?.current.role === "guardian";
  const [students, { refetch }] = createLiveResource(() => api.students.list.query({ limit: 50 }));
  return (
    <Async resource={students} retry={() => void refetch()}>
      {(list) => (
        <>
          <Show when={list.length > 0}>
            <p>{t(guardian() ? "home.own.wardsBody" : "home.own.body")}</p>
          </Show>
          <ShortList rows={list} empty={t("home.noStudent")}>
            {(s) => (
              <A href={`/students/${s.id}`}>
                {s.firstName} {s.lastName}
              </A>
            )}
          </ShortList>
        </>
      )}
    </Async>
  );
}
