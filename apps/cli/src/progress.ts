/**
 * Progress of a scenario run on stderr: a bar (cli-progress) on a terminal, plain lines otherwise
 * (CI, a pipe, a test), at most one line per tenth of the run. `--quiet` silences both.
 */
import { type Lang, words } from "./i18n.ts";

export interface Progress {
  readonly update: (done: number, total: number) => void;
  readonly stop: () => void;
}

const none: Progress = { update: () => {}, stop: () => {} };

export const startProgress = async (lang: Lang, quiet: boolean): Promise<Progress> => {
  if (quiet) return none;
  const label = words(lang).progress;
  if (process.stderr.isTTY) {
    const { default: cliProgress } = await import("cli-progress");
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {percentage} % | {value}/{total}`,
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update: (done, total) => {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastTenth = -1;
  return {
    update: (done, total) => {
      const tenth = Math.floor((done * 10) / total);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      process.stderr.write(`${label}: ${done}/${total} (${Math.floor((done * 100) / total)} %)\n`);
    },
    stop: () => {},
  };
};

/** How often the domain should call back: about a hundred times a run. */
export const progressEvery = (scenarios: number) => Math.max(1, Math.floor(scenarios / 100));
