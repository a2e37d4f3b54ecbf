import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const I18N = join(ROOT, "renderer/i18n");
const LANGUAGES = ["en", "fr"] as const;
type Catalog = Record<string, unknown>;

function catalog(lang: string, ns: string): Catalog {
  try {
    return JSON.parse(readFileSync(join(I18N, lang, `${ns}.json`), "utf8")) as Catalog;
  } catch {
    return {};
  }
}

const namespaces = [...new Set(LANGUAGES.flatMap((lang) => readdirSync(join(I18N, lang)).filter((f) => f.endsWith(".json"))))]
  .map((f) => f.slice(0, -".json".length))
  .sort();

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** A key without its plural suffix: `count.users_other` → `count.users`. */
const baseKey = (key: string) => key.replace(PLURAL, "");
const baseKeys = (c: Catalog) => new Set(Object.keys(c).map(baseKey));
/** The `{{name}}` and `{{name, format}}` variables of a catalog string. */
const variables = (text: string) => new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] as string));

describe("catalogs — every namespace in both languages", () => {
  it("finds the namespaces, engine and shell among them", () => {
    expect(namespaces).toEqual(expect.arrayContaining(["common", "engine", "shell"]));
  });

  for (const ns of namespaces) {
    for (const [lang, other] of [
      ["en", "fr"],
      ["fr", "en"],
    ] as const) {
      it(`${ns}: every ${lang} key exists in ${other}`, () => {
        const theirs = baseKeys(catalog(other, ns));
        expect([...baseKeys(catalog(lang, ns))].filter((k) => !theirs.has(k))).toEqual([]);
      });
    }

    it(`${ns}: no value is empty or anything but a string`, () => {
      for (const lang of LANGUAGES) {
        const bad = Object.entries(catalog(lang, ns)).filter(([, v]) => typeof v !== "string" || v.trim() === "");
        expect(bad.map(([k]) => `${lang}:${k}`)).toEqual([]);
      }
    });

    it(`${ns}: a key interpolates the same variables in both languages`, () => {
      const byBase = (lang: string) => {
        const found = new Map<string, Set<string>>();
        for (const [key, value] of Object.entries(catalog(lang, ns))) {
          if (typeof value !== "string") continue;
          const set = found.get(baseKey(key)) ?? new Set<string>();
          variables(value).forEach((v) => set.add(v));
          found.set(baseKey(key), set);
        }
        return found;
      };
      const en = byBase("en");
      const fr = byBase("fr");
      // `count` may be implicit in a singular ("one user"), so it is left out of the comparison.
      const differ = [...en].filter(([key, vars]) => {
        const theirs = fr.get(key);
        if (!theirs) return false;
        const a = [...vars].filter((v) => v !== "count").sort();
        const b = [...theirs].filter((v) => v !== "count").sort();
        return a.join() !== b.join();
      });
      expect(differ.map(([key]) => key)).toEqual([]);
    });
  }

  // The shell's own catalogs give every plural form each language needs (French has `many`:
  // without it, 1,000,000 would fall back to English).
  for (const ns of ["engine", "shell"]) {
    it(`${ns}: plural keys have every form of each language`, () => {
      for (const lang of LANGUAGES) {
        const keys = Object.keys(catalog(lang, ns));
        const plurals = new Set(keys.filter((k) => PLURAL.test(k)).map(baseKey));
        const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        const missing = [...plurals].flatMap((base) => forms.filter((f) => !keys.includes(`${base}_${f}`)).map((f) => `${lang}:${base}_${f}`));
        expect(missing).toEqual([]);
      }
    });
  }
});

// ——— Engine codes, found in the engine's source ———

function sources(folder: string): { file: string; text: string }[] {
  return readdirSync(join(ROOT, folder))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => ({ file: `${folder}/${f}`, text: readFileSync(join(ROOT, folder, f), "utf8") }));
}

const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

/** The refusal and change codes the edits emit: `fail("…"`, `` fail(`${of}.…` ``, `unchanged(`, `edited(doc, …, "…"`. */
function editCodes(): { refusals: Set<string>; changes: Set<string> } {
  const refusals = new Set<string>();
  const changes = new Set<string>();
  const files = sources("shared/edits");
  const nameOf = files.map((f) => /export type NameOf = ([^;]+);/.exec(f.text)?.[1]).find(Boolean) ?? "";
  const kinds = [...nameOf.matchAll(/"(\w+)"/g)].map((m) => m[1] as string);
  const unchanged = files.map((f) => /UNCHANGED = "([^"]+)"/.exec(f.text)?.[1]).find(Boolean);
  for (const { file, text } of files) {
    const literal = [...text.matchAll(/\bfail\(\s*"([^"]+)"/g)].map((m) => m[1] as string);
    const templated = [...text.matchAll(/\bfail\(\s*`([^`]+)`/g)].map((m) => m[1] as string);
    for (const template of templated) {
      // Only `${of}` (a NameOf) is expanded; any other template would go unnoticed, so it fails here.
      expect(template.replace(/^\$\{of\}\./, ""), `${file}: fail(\`${template}\`)`).not.toContain("${");
      for (const kind of kinds) refusals.add(template.replace("${of}", kind));
    }
    // `fail(UNCHANGED, …)`: a constant declared in the edits as `UNCHANGED = "…"`.
    const constants = [...text.matchAll(/\bfail\(\s*([A-Z][A-Z_]*)\s*,/g)].map((m) => {
      const value = files.map((f) => new RegExp(`\\b${m[1]} = "([^"]+)"`).exec(f.text)?.[1]).find(Boolean);
      expect(value, `${file}: the value of ${m[1]}`).toBeDefined();
      return value as string;
    });
    [...literal, ...constants].forEach((c) => refusals.add(c));
    const calls = count(text, /\bfail\(/g) - count(text, /function fail\(/g);
    expect(literal.length + templated.length + constants.length, `${file}: every fail( has a known code`).toBe(calls);

    const edited = [...text.matchAll(/\bedited\(\s*doc\s*,[^"]*?"([^"]+)"/g)].map((m) => m[1] as string);
    edited.forEach((c) => changes.add(c));
    const editCalls = count(text, /\bedited\(/g) - count(text, /function edited\(/g);
    expect(edited.length, `${file}: every edited( has a literal code`).toBe(editCalls);

    if (/\bunchanged\(/.test(text.replace(/function unchanged\(/g, "")) && unchanged) refusals.add(unchanged);
  }
  expect(kinds.length).toBeGreaterThan(0);
  expect(unchanged).toBeDefined();
  return { refusals, changes };
}

/** The problem codes the checks emit: `problem("error", "…"`, and the tuples of `problem(sev, code,`. */
function problemCodes(): Set<string> {
  const codes = new Set<string>();
  for (const { file, text } of sources("shared/check")) {
    const literal = [...text.matchAll(/\bproblem\(\s*"(?:error|warning|info)"\s*,\s*"([^"]+)"/g)].map((m) => m[1] as string);
    const indirect = count(text, /\bproblem\(\s*"(?:error|warning|info)"\s*,\s*code\s*,/g);
    literal.forEach((c) => codes.add(c));
    if (indirect > 0) {
      // `for (const [code, …] of [["too-many-users", …], …] as const)`: the first string of each tuple.
      const tuples = [...text.matchAll(/\[\s*"([a-z][\w-]*)"\s*,\s*"/g)].map((m) => m[1] as string);
      expect(tuples.length, `${file}: the codes of problem(…, code, …)`).toBeGreaterThan(0);
      tuples.forEach((c) => codes.add(c));
    }
    const calls = count(text, /\bproblem\(/g) - count(text, /function problem\(/g);
    expect(literal.length + indirect, `${file}: every problem( has a code`).toBe(calls);
  }
  return codes;
}

/** True when the catalog has the key, or its plural forms. */
const has = (c: Catalog, key: string) => key in c || Object.keys(c).some((k) => baseKey(k) === key);

describe("catalogs — every engine code has its sentence", () => {
  const engine = catalog("en", "engine");

  it("finds the codes in the source (the scan itself works)", () => {
    const { refusals, changes } = editCodes();
    expect(refusals).toContain("member.cycle");
    expect(refusals).toContain("user.name-empty");
    expect(refusals).toContain("group.name-empty");
    expect(refusals).toContain("edit.unchanged");
    expect(changes).toContain("user.renamed");
    expect(changes).toContain("group.duplicated");
    expect(problemCodes()).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect(problemCodes()).toContain("too-many-users");
    expect(problemCodes()).toContain("cycle");
  });

  it("every refusal of shared/edits has engine:refusal.<code>", () => {
    expect([...editCodes().refusals].filter((c) => !has(engine, `refusal.${c}`))).toEqual([]);
  });

  it("every change of shared/edits has engine:change.<code>", () => {
    expect([...editCodes().changes].filter((c) => !has(engine, `change.${c}`))).toEqual([]);
  });

  it("every problem of shared/check has engine:problem.<code>", () => {
    expect([...problemCodes()].filter((c) => !has(engine, `problem.${c}`))).toEqual([]);
  });
});
