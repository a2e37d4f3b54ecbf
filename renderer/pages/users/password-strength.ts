import { useEffect, useState } from "react";
import type { Strength } from "./password-notes";

/** How guessable a new password is, by zxcvbn-ts, with its advice in the interface language. */
export interface StrengthEstimate {
  readonly strength: Strength;
  /** zxcvbn's warning ("This is a commonly used password."), if any. */
  readonly warning: string | null;
}

type Check = (password: string, words: readonly string[]) => { score: number; feedback: { warning: string | null } };

const estimators = new Map<string, Promise<Check>>();

/**
 * The estimator for a language, loaded on first use: zxcvbn-ts with its common, English and
 * French dictionaries (a few megabytes), in their own chunks so the app starts without them.
 */
function estimator(language: "en" | "fr"): Promise<Check> {
  let loading = estimators.get(language);
  if (!loading) {
    loading = Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
      import("@zxcvbn-ts/language-fr"),
    ]).then(([core, common, en, fr]) => {
      const factory = new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
        graphs: common.adjacencyGraphs,
        translations: language === "fr" ? fr.translations : en.translations,
      });
      return (password: string, words: readonly string[]) => factory.check(password, [...words]);
    });
    estimators.set(language, loading);
  }
  return loading;
}

/** zxcvbn's score (0–4) as the dialog's three words: 0–1 weak, 2 fair, 3–4 strong. */
export function strengthOfScore(score: number): Strength {
  return score <= 1 ? "weak" : score === 2 ? "fair" : "strong";
}

/** Estimates a password, penalising `words` (the user's name, the project's name). */
export async function estimatePassword(password: string, words: readonly string[], language: "en" | "fr"): Promise<StrengthEstimate> {
  const result = (await estimator(language))(password, words.filter((w) => w !== ""));
  return { strength: strengthOfScore(result.score), warning: result.feedback.warning };
}

/**
 * The estimate of the password being typed, or null while it is empty or being computed. The
 * dictionaries load the first time; a later keystroke discards an answer that arrives late.
 */
export function usePasswordStrength(password: string, words: readonly string[], language: "en" | "fr"): StrengthEstimate | null {
  const [estimate, setEstimate] = useState<{ readonly password: string; readonly value: StrengthEstimate } | null>(null);
  const key = words.join("\u0000");
  useEffect(() => {
    if (password === "") return;
    let current = true;
    void estimatePassword(password, key.split("\u0000"), language).then((value) => {
      if (current) setEstimate({ password, value });
    });
    return () => {
      current = false;
    };
  }, [password, key, language]);
  return password !== "" && estimate?.password === password ? estimate.value : null;
}
