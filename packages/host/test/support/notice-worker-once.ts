/**
 * The core's notification worker in a process of its own, for the test that kills it mid-delivery: one
 * delivery round of the demo deployment's notifications against DATABASE_URL and SMTP_URL at the
 * instant NOW.
 */
import { createDb } from "@polku/db";
import nodemailer from "nodemailer";
import { composeDeployment } from "../../src/deployment/compose.ts";
import { loadDeployment } from "../../src/deployment/load.ts";
import { createNotificationDelivery } from "../../src/notifications/delivery.ts";

const { notifications } = composeDeployment(await loadDeployment("demo"));
const polku = await createDb({ url: process.env.DATABASE_URL!, poolSize: 2 });
const delivery = createNotificationDelivery({
  db: polku.db,
  log: { info() {}, warn() {}, error() {} },
  templates: notifications,
  transport: nodemailer.createTransport({ url: process.env.SMTP_URL! }),
  from: "Polku <noreply@polku.invalid>",
  messageIdDomain: "polku.invalid",
  portalUrl: null,
});
await delivery.runOnce(new Date(process.env.NOW!));
await polku.close();
