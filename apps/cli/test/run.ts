/** Runs the real `polku` as a child process (not a TTY), from apps/cli. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const appDir = fileURLToPath(new URL("..", import.meta.url));

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export const polku = (args: ReadonlyArray<string>, env: Record<string, string> = {}): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/polku.mjs", ...args], {
      cwd: appDir,
      env: { ...process.env, ...env, FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });

/** The cells of the stdout table row that starts with `label` (columns split on two spaces). */
export const rowOf = (stdout: string, title: string, label: string): string[] => {
  const section = stdout.slice(stdout.indexOf(title));
  const line = section.split("\n").find((l) => l.startsWith(label));
  if (line === undefined) throw new Error(`no row "${label}" under "${title}" in:\n${stdout}`);
  return line.split(/ {2,}/).map((s) => s.trim());
};
