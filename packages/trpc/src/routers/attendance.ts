import { router } from "../init.ts";

export const attendanceRouter = router({});
