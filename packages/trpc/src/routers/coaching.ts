import { router } from "../init.ts";

export const coachingRouter = router({});
