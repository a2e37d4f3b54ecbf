import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { AUDIT_FINDING_CODES, CHANGE_CODES, FAILURE_CODES, PROBLEM_CODES, REFUSAL_CODES } from "../../shared/messages";

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

// ——— Every code of shared/messages.ts has its sentence ———
// The catalogs are also typed against these lists (renderer/i18n/codes.ts), so a missing key fails
// to compile; this checks what types cannot: the text is not empty, and English and French
// interpolate the same values.

/** The catalog's entries for `key`: the key itself and its contexts and plural forms (`key_user`, `key_one`…). */
const entriesOf = (c: Catalog, key: string) => Object.entries(c).filter(([k]) => k === key || k.startsWith(`${key}_`));

const CODE_KEYS: readonly (readonly [ns: string, keys: readonly string[]])[] = [
  ["engine", CHANGE_CODES.map((c) => `change.${c}`)],
  ["engine", REFUSAL_CODES.map((c) => `refusal.${c}`)],
  ["engine", FAILURE_CODES.map((c) => `failure.${c}`)],
  ["engine", PROBLEM_CODES.map((c) => `problem.${c}`)],
  ["audit", AUDIT_FINDING_CODES.flatMap((c) => ["title", "why", "fix"].map((part) => `finding.${c}.${part}`))],
];

describe("catalogs — every message code has its sentence in both languages", () => {
  it("lists the codes, group empty and the bulk, import, compare and copy ones among them", () => {
    expect(CHANGE_CODES).toEqual(expect.arrayContaining(["group.emptied", "bulk.users-deleted", "import.applied", "compare.user-taken"]));
    expect(REFUSAL_CODES).toEqual(expect.arrayContaining(["group.already-empty", "member.cycle", "import.column-user"]));
    expect(FAILURE_CODES).toEqual(expect.arrayContaining(["copy.unsaved", "compare.unknown-difference", "import.csv-invalid"]));
    expect(AUDIT_FINDING_CODES).toContain("admin-no-password");
    expect(CODE_KEYS.flatMap(([, keys]) => keys).length).toBeGreaterThan(150);
  });

  for (const [ns, keys] of CODE_KEYS) {
    const section = keys[0]!.split(".")[0]!;
    it(`${ns}: every ${section} code has non-empty text in English and French`, () => {
      const missing = LANGUAGES.flatMap((lang) => {
        const c = catalog(lang, ns);
        return keys.filter((key) => {
          const found = entriesOf(c, key);
          return found.length === 0 || found.some(([, v]) => typeof v !== "string" || v.trim() === "");
        }).map((key) => `${lang}:${ns}:${key}`);
      });
      expect(missing).toEqual([]);
    });

    it(`${ns}: every ${section} code interpolates the same values in English and French`, () => {
      const valuesOf = (lang: string, key: string) => {
        const found = new Set<string>();
        for (const [, v] of entriesOf(catalog(lang, ns), key)) if (typeof v === "string") variables(v).forEach((name) => found.add(name));
        // `count` may be implicit in a singular ("one user"), so it is left out of the comparison.
        found.delete("count");
        return [...found].sort().join();
      };
      const differ = keys.filter((key) => valuesOf("en", key) !== valuesOf("fr", key));
      expect(differ).toEqual([]);
    });
  }
});
