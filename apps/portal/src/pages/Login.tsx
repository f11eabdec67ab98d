import {
  Alert,
  type ApiErrorInfo,
  Button,
  createSubmission,
  errorSummaryKey,
  Page,
  TextField,
  useI18n,
  useSession,
} from "@polku/ui";
import { useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { takeReturnPath } from "../shell/return-path.ts";

/**
 * What went wrong, in the user's language: a wrong password, a wait after failed logins (with how long),
 * or anything else by its code (a busy server's "too many requests at once" among them).
 */
const loginError = (info: ApiErrorInfo): { key: string; params?: Record<string, number> } => {
  if (info.code === "UNAUTHORIZED") return { key: "login.wrong" };
  if (info.tag === "LoginLimited") {
    const seconds = Number(info.fields?.seconds ?? 0);
    return seconds < 60
      ? { key: "login.limitedSeconds", params: { seconds } }
      : { key: "login.limitedMinutes", params: { minutes: Math.ceil(seconds / 60) } };
  }
  return { key: errorSummaryKey(info.code) };
};

export function Login() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [username, setUsername] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [missing, setMissing] = createSignal<{ username?: boolean; password?: boolean }>({});
  const submission = createSubmission(async () => {
    await session.login(username().trim(), password());
    // Back to the page that asked for a login (a notice email's link), else home.
    navigate(takeReturnPath() ?? "/", { replace: true });
  });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const nowMissing = { username: username().trim() === "", password: password() === "" };
    setMissing(nowMissing);
    if (nowMissing.username || nowMissing.password) {
      // Move to the first empty field, whose error text is read out with it.
      document.getElementById(nowMissing.username ? "login-username" : "login-password")?.focus();
      return;
    }
    void submission.run();
  };

  return (
    <Page title={t("login.title")} intro={t("login.intro")}>
      <Show when={submission.error()}>
        {(error) => (
          <Alert title={t(loginError(error()).key, loginError(error()).params)}>
            <Show when={!["UNAUTHORIZED", "TOO_MANY_REQUESTS"].includes(error().code)}>
              <p>{t("error.serverSaid", { message: error().message })}</p>
            </Show>
          </Alert>
        )}
      </Show>
      <form class="form" onSubmit={submit} noValidate>
        <TextField
          id="login-username"
          label={t("login.username")}
          name="username"
          autocomplete="username"
          autocapitalize="none"
          spellcheck={false}
          value={username()}
          onValue={setUsername}
          required
          error={missing().username ? t("form.requiredError") : undefined}
        />
        <TextField
          id="login-password"
          label={t("login.password")}
          name="password"
          type="password"
          autocomplete="current-password"
          value={password()}
          onValue={setPassword}
          required
          error={missing().password ? t("form.requiredError") : undefined}
        />
        <div class="button-row">
          <Button type="submit" busy={submission.pending()}>
            {submission.pending() ? t("login.submitting") : t("login.submit")}
          </Button>
        </div>
      </form>
    </Page>
  );
}
