/**
 * A difference in one English line, for the command line (the app says the same from its
 * catalogs, renderer/i18n/<lang>/compare.json). Passwords are described by kind only.
 */
import { holderLabel } from "../edits/holders";
import { licenceLabel } from "../edits/licences";
import { listing } from "../edits/edit";
import { settingInfo, SQL_RIGHTS } from "../keys";
import type { Difference, Pair } from "./compare";

/** What each side is called in a sentence: `the data copy`, `the user copy`, or a path. */
export type SideLabels = Pair<string>;

function value(v: string | undefined, user = false): string {
  if (user && v === "") return "no user";
  return holderLabel(v);
}

function both(labels: SideLabels, pair: Pair<string>): string {
  return `${labels.a}: ${pair.a}; ${labels.b}: ${pair.b}`;
}

/** One line saying what differs and where, e.g. `user Zoé Dubois: only in the data copy (member of Accounting)`. */
export function describeDifference(d: Difference, labels: SideLabels): string {
  switch (d.kind) {
    case "user": {
      const groups = d.groups.length > 0 ? ` (member of ${listing(d.groups)})` : "";
      return `user ${d.name}: only in ${labels[d.only]}${groups}`;
    }
    case "password":
      return `user ${d.name}: password differs (${both(labels, d.password)})`;
    case "startup":
      return `user ${d.name}: startup method differs (${both(labels, { a: d.method.a ?? "none", b: d.method.b ?? "none" })})`;
    case "alias":
      return `the ${d.key === "designer" ? "Designer" : "Administrator"}'s alias differs (${both(labels, d.alias)})`;
    case "group":
      return `group ${d.name}: only in ${labels[d.only]}`;
    case "member":
      return `${d.memberKind} ${d.member} in group ${d.group}: only in ${labels[d.only]}`;
    case "order":
      return d.list === "users"
        ? `the users are in a different order (4D numbers users by their place, so their numbers differ)`
        : `the groups are in a different order`;
    case "licence":
      return `licence ${licenceLabel(d.key)} differs (${both(labels, { a: value(d.holder.a), b: value(d.holder.b) })})`;
    case "setting": {
      const info = settingInfo(d.key);
      const user = info?.target === "user";
      return `setting ${info?.label ?? d.key} differs (${both(labels, { a: value(d.value.a, user), b: value(d.value.b, user) })})`;
    }
    case "sql": {
      const right = SQL_RIGHTS.find((r) => r.key === d.right)?.label ?? d.right;
      return `SQL right ${right} of ${d.schema} differs (${both(labels, { a: value(d.value.a), b: value(d.value.b) })})`;
    }
  }
}
