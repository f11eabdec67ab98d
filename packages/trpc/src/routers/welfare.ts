import { router } from "../init.ts";

export const welfareRouter = router({});
