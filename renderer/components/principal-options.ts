import { fold } from "../../shared/fold";
import { EVERYBODY, NOBODY } from "../../shared/keys";
import type { DirectoryModel, UserKind } from "../../shared/model";

/** What a picker chooses: a group (or everybody / nobody) or a user (or no user). */
export type PrincipalTarget = "group" | "user";

/** How an option looks: a special value, a group, a user of some kind, or a name the file lacks. */
export type OptionKind = "everybody" | "nobody" | "noUser" | "group" | UserKind | "missing";

/** One choice of a principal picker: the value stored in the file and how it is shown. */
export interface PrincipalOption {
  readonly id: string;
  /** The value written to the file: `*`, `""` or a name. */
  readonly value: string;
  readonly kind: OptionKind;
  /** The name (for named options); specials are labelled by the picker in the current language. */
  readonly name: string;
  /** Lower-case, accent-free text the search matches. */
  readonly folded: string;
}

/** The option id of a stored value (ids are never empty, unlike the "nobody" value). */
export const optionId = (value: string): string => `=${value}`;

/** The stored value of an option id. */
export const valueOfId = (id: string): string => id.slice(1);

const named = (value: string, kind: OptionKind): PrincipalOption => ({ id: optionId(value), value, kind, name: value, folded: fold(value) });

const sorted = new WeakMap<DirectoryModel, Map<string, readonly PrincipalOption[]>>();

/**
 * The named options of a picker: the model's groups or users, sorted by name in the person's
 * language (so 16,000 names read like an index), each once. Computed once per model, target and
 * language: a page holds a dozen pickers, and sorting 16,000 names takes tens of milliseconds.
 */
export function namedOptions(model: DirectoryModel, target: PrincipalTarget, language: string): readonly PrincipalOption[] {
  let byKind = sorted.get(model);
  if (!byKind) sorted.set(model, (byKind = new Map()));
  const key = `${target} ${language}`;
  let options = byKind.get(key);
  if (!options) {
    const collator = new Intl.Collator(language, { sensitivity: "base", numeric: true });
    const list =
      target === "group"
        ? [...model.groupByName.keys()].map((name) => named(name, "group"))
        : [...model.userByName.values()].map((u) => named(u.name, u.kind));
    options = list.sort((a, b) => collator.compare(a.name, b.name));
    byKind.set(key, options);
  }
  return options;
}

/** The special options listed first: Everybody and Nobody for groups, No user for users. */
export function specialOptions(target: PrincipalTarget, specialLabels: { readonly [K in OptionKind]?: string }): readonly PrincipalOption[] {
  const special = (value: string, kind: OptionKind): PrincipalOption => ({
    id: optionId(value),
    value,
    kind,
    name: "",
    folded: fold(specialLabels[kind] ?? ""),
  });
  return target === "group" ? [special(EVERYBODY, "everybody"), special(NOBODY, "nobody")] : [special(NOBODY, "noUser")];
}

/** An option for a stored name that is not in the file (kept until changed, shown with a warning). */
export function missingOption(value: string): PrincipalOption {
  return named(value, "missing");
}

/**
 * The options shown for a search: the matching specials, the missing current value, then at most
 * `limit` matching names; `total` counts every matching name (to say how many are hidden).
 */
export function visibleOptions(
  specials: readonly PrincipalOption[],
  names: readonly PrincipalOption[],
  extra: PrincipalOption | undefined,
  query: string,
  limit: number,
): { readonly options: readonly PrincipalOption[]; readonly total: number } {
  const q = fold(query.trim());
  const matches = (o: PrincipalOption) => q === "" || o.folded.includes(q);
  const shown: PrincipalOption[] = specials.filter(matches);
  if (extra && matches(extra)) shown.push(extra);
  let total = 0;
  for (const o of names) {
    if (!matches(o)) continue;
    total++;
    if (total <= limit) shown.push(o);
  }
  return { options: shown, total };
}
