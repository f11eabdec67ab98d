/**
 * A notice worker in a process of its own, for the test that kills it mid-delivery: one delivery
 * round against DATABASE_URL (POLKU_APP_DATABASE_URL for requests) and SMTP_URL at the instant NOW.
 */
import { createDb } from "@polku/db";
import { createNoticeDelivery } from "@polku/plugin-lappi-valmennus/notices/delivery";
import nodemailer from "nodemailer";

const polku = await createDb({ url: process.env.DATABASE_URL!, poolSize: 2 });
const delivery = createNoticeDelivery({
  db: polku.db,
  log: { info() {}, warn() {}, error() {} },
  transport: nodemailer.createTransport({ url: process.env.SMTP_URL! }),
  from: "Polku <noreply@polku.invalid>",
  messageIdDomain: "polku.invalid",
  portalUrl: null,
});
await delivery.runOnce(new Date(process.env.NOW!));
await polku.close();
