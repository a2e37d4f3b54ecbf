import { CliExit, EXIT } from "./exit";

/** Where the command line reads and writes; tests run the real subprocess, so this stays thin. */
export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /**
   * Writes text to standard output as is (no newline added), resolving once the stream can take
   * more: an answer too large to hold (`effective --json` on a deep chain) is written as it is
   * built, at the reader's pace.
   */
  readonly write: (text: string) => Promise<void>;
  /** The secret read from standard input: the first line, or a hidden prompt on a terminal. */
  readonly readSecret: (prompt: string) => Promise<string>;
}

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads a line from the terminal without echoing it (a password prompt). */
function hiddenPrompt(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve) => {
    let value = "";
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    const onData = (chars: string) => {
      for (const c of chars) {
        if (c === "\r" || c === "\n" || c === "\u0004") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stderr.write("\n");
          resolve(value);
          return;
        }
        if (c === "\u0003") process.exit(130);
        value = c === "\u007f" || c === "\b" ? value.slice(0, -1) : value + c;
      }
    };
    stdin.on("data", onData);
  });
}

// Set once standard output's reader has gone away (`4d-directory export … | head -1`).
let readerGone = false;
let watching = false;

/**
 * Standard output, ending quietly when its reader goes away: a closed pipe (EPIPE) is what `head`
 * or `grep -q` do on purpose, not a failure. The rest of the output is dropped, and the command
 * still finishes (an edit is saved) and answers its own exit code; no stack trace is printed.
 */
function watchReader(): void {
  if (!watching) {
    watching = true;
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      readerGone = true;
    });
  }
}

function writeOut(text: string): void {
  watchReader();
  if (!readerGone) process.stdout.write(text);
}

/** `writeOut`, then waiting for 'drain' when the stream's buffer is full (or its reader has gone). */
function streamOut(text: string): Promise<void> {
  if (readerGone) return Promise.resolve();
  const stdout = process.stdout;
  watchReader();
  if (stdout.write(text)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stdout.off("drain", done);
      stdout.off("close", done);
      stdout.off("error", done);
      resolve();
    };
    stdout.on("drain", done);
    stdout.on("close", done);
    stdout.on("error", done);
  });
}

/**
 * The secret in text piped to standard input: its one line (a final line break is fine). More
 * lines are refused rather than dropped without a word: a password holds no line break, and the
 * extra lines may be a second password, or a file piped by mistake.
 */
export function oneLine(text: string): string {
  const lines = text.replace(/\r?\n$/, "").split(/\r?\n/);
  if (lines.length > 1) {
    throw new CliExit(
      EXIT.unreadable,
      "Standard input holds more than one line; give the password alone on one line (for example with printf '%s\\n' \"$PASSWORD\"). Nothing was changed.",
    );
  }
  return lines[0] ?? "";
}

/** The process's own standard streams. */
export const processIo: Io = {
  out: (line) => writeOut(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  write: streamOut,
  readSecret: async (prompt) => {
    if (process.stdin.isTTY) return hiddenPrompt(prompt);
    return oneLine(await readAll(process.stdin));
  },
};
