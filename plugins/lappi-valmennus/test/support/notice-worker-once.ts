/**
 * The core's notification worker in a process of its own, for the test that kills it mid-delivery: one
 * delivery round of this plugin's notifications against DATABASE_URL and SMTP_URL at the instant NOW.
 */
import { deliverNotificationsOnce } from "@polku/plugin-sdk/testing";

await deliverNotificationsOnce({
  plugins: ["lappi-valmennus"],
  databaseUrl: process.env.DATABASE_URL!,
  smtpUrl: process.env.SMTP_URL!,
  now: new Date(process.env.NOW!),
});
