import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import { en, fi, sv } from "./nav-messages.ts";

/**
 * HOKS: the student page's HOKS section (read, draft, submit, approve, progress) uses these strings;
 * tutors import and export eHOKS JSON at /hoks/transfer. Strings under "hoks".
 */
export const hoksFeature: CoreFeature = {
  id: "hoks",
  routes: [{ path: "/hoks/transfer", component: lazy(() => import("./TransferPage.tsx")) }],
  nav: [{ path: "/hoks/transfer", label: "nav.transfer", permission: "hoks.transfer" }],
  messages: { fi, sv, en },
  pageMessages: () => import("./messages.ts").then(({ fi, sv, en }) => ({ fi, sv, en })),
};
