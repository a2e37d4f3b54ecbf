import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkDirectory } from "../../shared/check";
import { getObject, getString } from "../../shared/json";
import { parseDirectory } from "../../shared/parse";
import { serializeDirectory } from "../../shared/serialize";
import { verifyPassword } from "../../electron/services/passwords";
import { SAMPLE } from "./support/harness-process";
import { inForcePath, layoutProblems, modelOfText, readText, userCopyPath } from "./support/files";

// The bundled sample is what a newcomer opens first: it must be a correct 4D file, in 4D's exact
// layout, with the passwords its README lists.

const README = readText(join(SAMPLE, "README.md"));

/** The README's user table: name → password (undefined for "none"). */
function readmePasswords(): Map<string, string | undefined> {
  const rows = README.split("\n").filter((l) => /^\| [^|-]/.test(l) && !l.startsWith("| user") && !l.startsWith("| what"));
  return new Map(
    rows
      .map((row) => row.split("|").map((cell) => cell.trim()))
      .filter((cells) => cells.length > 4 && /^(`.*`|none)$/.test(cells[3]!))
      .map((cells) => [cells[1]!, cells[3] === "none" ? undefined : cells[3]!.slice(1, -1)]),
  );
}

describe("the sample project", () => {
  it("is a 4D project: a .4DProject file, methods, and both copies of directory.json", () => {
    expect(existsSync(join(SAMPLE, "Project", "Sample.4DProject"))).toBe(true);
    expect(readdirSync(join(SAMPLE, "Project", "Sources", "Methods")).filter((f) => f.endsWith(".4dm")).length).toBeGreaterThanOrEqual(3);
    expect(existsSync(inForcePath(SAMPLE))).toBe(true);
    expect(existsSync(userCopyPath(SAMPLE))).toBe(true);
  });

  it.each([["data copy", inForcePath(SAMPLE)], ["user copy", userCopyPath(SAMPLE)]])("its %s is in 4D's exact layout and reads back byte for byte", (_name, path) => {
    const text = readText(path);
    expect(layoutProblems(text, { bom: false, eol: "\n" })).toEqual([]);
    const parsed = parseDirectory(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(serializeDirectory(parsed.value.doc)).toBe(text);
  });

  it("has renamed aliases, accented names, nested groups, licences and access settings", () => {
    const model = modelOfText(readText(inForcePath(SAMPLE)));
    expect(model.users.slice(0, 2).map((u) => [u.kind, u.name])).toEqual([
      ["designer", "Boss"],
      ["administrator", "Admin"],
    ]);
    expect(model.users.some((u) => /[éíá]/.test(u.name))).toBe(true);
    expect(model.groupByName.get("Finances")?.groups).toEqual(["Accounting"]);
    expect(model.groupByName.get("Management")?.groups).toEqual(["Finances"]);
    expect(model.licences.map((l) => [l.key, l.holder])).toEqual([
      ["web", "Sales"],
      ["write", "Accounting"],
      ["view", "*"],
    ]);
    expect(model.settings.find((s) => s.key === "designAccessGroup")?.value).toBe("Management");
    expect(new Set(model.users.map((u) => u.password))).toEqual(new Set(["legacy", "bcrypt", "none"]));
  });

  it("names only startup methods that exist in Project/Sources/Methods", () => {
    const methods = readdirSync(join(SAMPLE, "Project", "Sources", "Methods")).map((f) => f.replace(/\.4dm$/, ""));
    const model = modelOfText(readText(inForcePath(SAMPLE)));
    const used = model.users.flatMap((u) => (u.startupMethod ? [u.startupMethod] : []));
    expect(used.length).toBeGreaterThan(0);
    for (const method of used) expect(methods).toContain(method);
  });

  it("has no problem the checker reports", () => {
    for (const path of [inForcePath(SAMPLE), userCopyPath(SAMPLE)]) {
      const parsed = parseDirectory(readText(path));
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(checkDirectory(parsed.value.doc).filter((p) => p.severity === "error")).toEqual([]);
    }
  });

  it("logs in with the passwords its README lists", async () => {
    const listed = readmePasswords();
    const parsed = parseDirectory(readText(inForcePath(SAMPLE)));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const users = getObject(parsed.value.doc.root, "users")!;
    const model = modelOfText(readText(inForcePath(SAMPLE)));
    expect([...listed.keys()].sort()).toEqual(model.users.map((u) => u.name).sort());
    for (const user of model.users) {
      const stored = getString(getObject(users, user.key)!, "password");
      const password = listed.get(user.name);
      if (password === undefined) expect(stored, user.name).toBeUndefined();
      else expect(await verifyPassword(password, stored ?? ""), user.name).toBe(true);
    }
  });
});
