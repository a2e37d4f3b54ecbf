/** Where the command line reads and writes; tests run the real subprocess, so this stays thin. */
export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
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
function writeOut(text: string): void {
  if (!watching) {
    watching = true;
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      readerGone = true;
    });
  }
  if (!readerGone) process.stdout.write(text);
}

/** The process's own standard streams. */
export const processIo: Io = {
  out: (line) => writeOut(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readSecret: async (prompt) => {
    if (process.stdin.isTTY) return hiddenPrompt(prompt);
    const text = await readAll(process.stdin);
    return text.split(/\r?\n/)[0] ?? "";
  },
};
