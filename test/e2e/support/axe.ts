import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { REPO } from "./harness-process";

// axe-core (WCAG 2.1 A and AA rules) runs through Playwright's evaluate, which the page's CSP
// does not block.

const AXE = readFileSync(`${REPO}/node_modules/axe-core/axe.min.js`, "utf8");

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly html: string }[];
}

/** What axe finds wrong on the page as it is now, one line per rule (empty: nothing). */
export async function violations(page: Page): Promise<string[]> {
  const found = (await page.evaluate(`(async () => {
    ${AXE}
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
  })()`)) as Violation[];
  const where = (n: Violation["nodes"][number]) => `${n.target.join(" ")} ${n.html.slice(0, 100)}`;
  return found.map((v) => `${v.impact}: ${v.id} — ${v.help} (${v.nodes.map(where).slice(0, 3).join(", ")})`);
}
