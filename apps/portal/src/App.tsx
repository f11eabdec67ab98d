import { ApiProvider, I18nProvider, SessionProvider } from "@polku/ui";
import { Router } from "@solidjs/router";
import { installed } from "./plugins.ts";
import { coreRoutes, notFoundRoute } from "./routes.ts";
import { Shell } from "./shell/Shell.tsx";

/** Language, API connection and session for the whole app; the shell and the routes inside. */
export function App() {
  const routes = [...coreRoutes, ...installed.routes, notFoundRoute];
  return (
    <I18nProvider>
      <ApiProvider>
        <SessionProvider>
          <Router root={Shell}>{routes}</Router>
        </SessionProvider>
      </ApiProvider>
    </I18nProvider>
  );
}
