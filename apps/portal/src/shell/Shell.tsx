import { deployment } from "virtual:polku-plugins";
import { Alert, ApiError, Button, Loading, useI18n, useSession } from "@polku/ui";
import { Navigate, type RouteSectionProps, useLocation } from "@solidjs/router";
import { createEffect, createSignal, ErrorBoundary, Match, on, Show, Suspense, Switch } from "solid-js";
import { useFocusOnNavigate } from "./focus.ts";
import { MainNav } from "./MainNav.tsx";
import { rememberReturnPath } from "./return-path.ts";
import { SessionWarning } from "./SessionWarning.tsx";
import { UserBar } from "./UserBar.tsx";

/**
 * A page whose code failed to load (a new version deployed since this tab opened, or the network gone):
 * without this the page stayed on "Ladataan…". The failed import is remembered, so only a reload helps.
 */
function PageFailed() {
  const { t } = useI18n();
  return (
    <Alert title={t("error.pageFailed")}>
      <Button variant="secondary" onClick={() => window.location.reload()}>
        {t("error.reload")}
      </Button>
    </Alert>
  );
}

/** Whether this page load has seen a session: a later redirect to the login page is a logout's. */
let hadSession = false;

/**
 * To the login page, remembering where a visitor who arrived without a session was going (see
 * return-path.ts). After a logout in this tab nothing is remembered: the next person starts at home.
 */
function ToLogin(props: { path: string; arrivedWithoutSession: boolean }) {
  if (props.arrivedWithoutSession) rememberReturnPath(props.path);
  return <Navigate href="/login" />;
}

/**
 * The frame of every page: skip link, header (banner) with the main navigation, the main content and a
 * footer. Pages other than the login page need a session: without one, the visitor goes to log in.
 */
export function Shell(props: RouteSectionProps) {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const onLoginPage = () => location.pathname === "/login";
  createEffect(() => {
    if (session.loggedIn()) hadSession = true;
  });
  useFocusOnNavigate();
  // On a phone the menu folds behind a button (styles.css), and folds again once a page is chosen.
  const [menuOpen, setMenuOpen] = createSignal(false);
  createEffect(
    on(
      () => location.pathname,
      () => setMenuOpen(false),
      { defer: true },
    ),
  );

  return (
    <>
      {/* rel="external": the browser, not the router, follows this link, and moves focus to <main>. */}
      <a class="skip-link" href="#main" rel="external">
        {t("app.skipToContent")}
      </a>
      <header class="site-header">
        <div class="site-header-inner">
          <a class="site-name" href="/">
            {t("app.name")}
          </a>
          <Show when={session.loggedIn()}>
            <button
              type="button"
              class="menu-toggle"
              aria-expanded={menuOpen() ? "true" : "false"}
              aria-controls="site-menu user-bar"
              onClick={() => setMenuOpen(!menuOpen())}
            >
              {t("app.menu")}
            </button>
            <div id="site-menu" class="site-menu" data-open={menuOpen() ? "true" : "false"}>
              <MainNav />
            </div>
          </Show>
          <UserBar />
        </div>
      </header>
      <main id="main" class="site-main" tabindex="-1">
        <Show when={session.loggedIn()}>
          <SessionWarning />
        </Show>
        <Switch
          fallback={
            <ErrorBoundary fallback={() => <PageFailed />}>
              <Suspense fallback={<Loading />}>{props.children}</Suspense>
            </ErrorBoundary>
          }
        >
          <Match when={session.me.error}>
            <ApiError error={session.me.error} retry={() => void session.refresh()} />
          </Match>
          <Match when={session.me.latest === undefined}>
            <Loading />
          </Match>
          <Match when={!session.loggedIn() && !onLoginPage()}>
            <ToLogin path={location.pathname + location.search} arrivedWithoutSession={!hadSession} />
          </Match>
          <Match when={session.loggedIn() && onLoginPage()}>
            <Navigate href="/" />
          </Match>
        </Switch>
      </main>
      <footer class="site-footer">
        <div class="site-footer-inner">
          {t("app.name")} · {deployment.region}
        </div>
      </footer>
    </>
  );
}
