/** The checks of a directory.json: one list of problems, each with a code, a sentence and a place. */
export { checkDirectory } from "./check";
export type { Problem, ProblemLocation, ProblemTarget, Severity } from "./problems";
