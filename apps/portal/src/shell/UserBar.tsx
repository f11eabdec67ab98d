import { ApiError, Button, createSubmission, locales, SelectField, useI18n, useSession } from "@polku/ui";
import { useNavigate } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { InboxLink } from "../features/inbox/index.ts";

/** The language buttons: each names its language in that language, marked with `lang` for screen readers. */
function LanguageSwitcher() {
  const { t, locale, setLocale } = useI18n();
  return (
    <fieldset class="lang-switch">
      <legend class="visually-hidden">{t("lang.label")}</legend>
      <For each={locales}>
        {(code) => (
          <button
            type="button"
            class="link-button"
            lang={code}
            aria-pressed={locale() === code ? "true" : "false"}
            onClick={() => setLocale(code)}
          >
            {t(`lang.${code}`)}
          </button>
        )}
      </For>
    </fieldset>
  );
}

/** A person with several roles (a tutor who is also a guardian) picks which one to act in. */
function MembershipSwitcher() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [chosen, setChosen] = createSignal(session.me.latest?.current.membershipId ?? "");
  const submission = createSubmission(async (id: string) => {
    await session.switchMembership(id);
    // The page in view may not be open to the new role: start from the front page.
    navigate("/");
  });
  const options = () =>
    (session.me.latest?.memberships ?? []).map((m) => ({
      value: m.id,
      label: `${t(`role.${m.role}`)} – ${m.organisationName}`,
    }));
  return (
    <form
      class="form-inline"
      onSubmit={(e) => {
        e.preventDefault();
        void submission.run(chosen());
      }}
    >
      <SelectField label={t("session.membership")} value={chosen()} onValue={setChosen} options={options()} />
      <Button type="submit" variant="secondary" busy={submission.pending()}>
        {t("session.switch")}
      </Button>
      <Show when={submission.error()}>{(error) => <ApiError error={error()} />}</Show>
    </form>
  );
}

export function UserBar() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const logout = async () => {
    await session.logout();
    navigate("/login");
  };
  return (
    <div class="user-bar" id="user-bar">
      <LanguageSwitcher />
      <Show when={session.me.latest}>
        {(me) => (
          <>
            <p class="user-name">
              {t("session.loggedInAs", { name: `${me().firstName} ${me().lastName}` })}
              <br />
              {t(`role.${me().current.role}`)}
              {/* An expression, not a string made once: a switch to the same role elsewhere changes only this. */}
              <Show when={me().current.organisationName}>{(org) => <> – {org()}</>}</Show>
            </p>
            <InboxLink />
            <Show when={me().memberships.length > 1}>
              <MembershipSwitcher />
            </Show>
            <Button variant="secondary" onClick={() => void logout()}>
              {t("session.logout")}
            </Button>
          </>
        )}
      </Show>
    </div>
  );
}
