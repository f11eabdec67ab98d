import { fi } from "./core-translations.fi.ts";
import { sv } from "./core-translations.sv.ts";
import type { ErrorTranslations } from "./error-text.ts";

/** The core's, the domain's and the host's messages in Finnish and Swedish (see error-text.ts). */
export const coreErrorTranslations: ErrorTranslations = { fi, sv };
