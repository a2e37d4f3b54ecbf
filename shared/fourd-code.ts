/**
 * The 4D code that does at run time what the editor does in the file: a developer pastes it in a
 * method. Constants are written by name, as 4D's code editor shows them (Is License Available
 * theme: `4D Write license` = 808464697, see developer.4d.com, SET PLUGIN ACCESS).
 */
import { licenceInfo, type LicenceInfo } from "./keys";

/** A 4D text literal: double quotes, with `\` and `"` escaped as 4D's code editor reads them. */
export function fourDText(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r/g, "\\r").replace(/\n/g, "\\n").replace(/\t/g, "\\t")}"`;
}

/** The name of a licence's constant: `4D Write license`. */
export function licenceConstantName(licence: LicenceInfo): string {
  return `${licence.label} license`;
}

/** `SET PLUGIN ACCESS(4D Write license; "Sales")`, or undefined for a licence 4D has no constant for. */
export function setPluginAccessLine(key: string, group: string): string | undefined {
  const licence = licenceInfo(key);
  return licence ? `SET PLUGIN ACCESS(${licenceConstantName(licence)}; ${fourDText(group)})` : undefined;
}

/** `SET GROUP ACCESS(New collection("Sales"; "Managers"))`: a session with exactly these groups. */
export function setGroupAccessLine(groups: readonly string[]): string {
  return `SET GROUP ACCESS(New collection(${groups.map(fourDText).join("; ")}))`;
}
