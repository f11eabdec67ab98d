import { router } from "../init.ts";

export const hoksRouter = router({});
