/**
 * The accessible name of a master-list row, matched by the name it starts with: a row also reads
 * out what it shows after the name ("jitCorp Designer", "Sales 3 members", "Bob no password").
 */
export function rowName(name: string): RegExp {
  return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?: .*)?$`);
}
