import { defineSettings } from "@polku/plugin-sdk/settings";
import { Schema } from "effect";

/**
 * What the deployment tells the core's notification worker: the deployment file's `settings.core`, or
 * these environment variables.
 */
export const coreSettings = defineSettings({
  smtpUrl: {
    env: "POLKU_SMTP_URL",
    description: "the mail server, e.g. smtp://user:password@mail.example.fi:587",
    schema: Schema.String.check(
      Schema.isPattern(/^smtps?:\/\/[^\s]+$/, { message: "Give an smtp:// or smtps:// address here." }),
    ),
  },
  mailFrom: {
    env: "POLKU_MAIL_FROM",
    description: "the sender of the notifications, e.g. Polku <noreply@koulu.fi>",
    schema: Schema.String.check(Schema.isPattern(/@[^>\s]+/, { message: "Give an address with an @ here." })),
    default: "Polku <noreply@polku.invalid>",
  },
  publicUrl: {
    env: "POLKU_PUBLIC_URL",
    description: "the portal's address, for the links in the emails",
    schema: Schema.String.check(
      Schema.isPattern(/^https?:\/\/[^\s]+$/, { message: "Give an http:// or https:// address here." }),
    ),
  },
  notificationPollMs: {
    env: "POLKU_NOTIFICATION_POLL_MS",
    description: "how often, in milliseconds, the worker looks for due notifications",
    schema: Schema.FiniteFromString.check(Schema.isBetween({ minimum: 50, maximum: 3_600_000 })),
    default: 15_000,
  },
});
