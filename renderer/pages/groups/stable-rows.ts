import type { GroupInfo } from "../../../shared/model";
import { useStableItems } from "../../components/stable-items";

const nameOf = (g: GroupInfo) => g.name;
const sameRow = (a: GroupInfo, b: GroupInfo) => a.users.length === b.users.length && a.groups.length === b.groups.length;

/** The groups for the list, keeping each row's object while its name and member counts are the same. */
export function useStableRows(groups: readonly GroupInfo[]): readonly GroupInfo[] {
  return useStableItems(groups, nameOf, sameRow);
}
