import { randomBytes } from "node:crypto";

export const pluginId = "keski-pohjanmaa-tyoelamapassi";
/** A key-encryption key made for this test run (a deployment gives its own in configuration). */
export const keySecret = randomBytes(32).toString("base64");
export const passportSettings = { [pluginId]: { keySecret, publicUrl: "https://polku.example.fi" } };
