/** Exit codes of 4d-directory: 0 ok, 1 refused / invalid / no match, 2 unreadable input or bad usage. */
export const EXIT = { ok: 0, refused: 1, unreadable: 2 } as const;

/** A failure that ends the command with a one-line message and an exit code. */
export class CliExit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** Ends the command as bad usage (exit 2), with a pointer to the help. */
export function usage(message: string): never {
  throw new CliExit(EXIT.unreadable, `${message}. Run \`4d-directory --help\` for usage.`);
}

/** The command's arguments when there are exactly `n`; otherwise bad usage naming the command's form. */
export function needs(args: readonly string[], n: number, form: string): readonly string[] {
  if (args.length !== n) usage(`expected: 4d-directory ${form}`);
  return args;
}
