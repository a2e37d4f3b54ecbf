import type { FailureOrRefusalCode } from "./messages";

/**
 * A value or a typed failure, the way every fallible operation in this project answers.
 *
 * Errors cross the IPC bridge and the command line as plain data with a string `code`,
 * an English `message` and the `params` the UI needs to say the same thing in French.
 */
export type Result<T, E = Failure> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** Why an operation refused or failed: a stable code, an English sentence, and its parameters. */
export interface Failure {
  readonly code: FailureOrRefusalCode;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Wraps a value as a success. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** Builds a failure result from a code, a sentence and its parameters. */
export function fail(
  code: FailureOrRefusalCode,
  message: string,
  params?: Readonly<Record<string, string | number>>,
): { readonly ok: false; readonly error: Failure } {
  return { ok: false, error: params ? { code, message, params } : { code, message } };
}
