import { router } from "../init.ts";

export const earlyWarningRouter = router({});
