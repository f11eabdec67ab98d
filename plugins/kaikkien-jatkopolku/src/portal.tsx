import { definePortalPlugin } from "@polku/plugin-sdk/portal";
import { manifest } from "./manifest.ts";
import { en, fi, sv } from "./messages.ts";

export default definePortalPlugin({ manifest, routes: [], nav: [], messages: { fi, sv, en } });
