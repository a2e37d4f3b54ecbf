import i18next, { type i18n as I18n, type Resource } from "i18next";
import { initReactI18next } from "react-i18next";

// Each namespace is a pair of catalogs: i18n/en/<ns>.json and i18n/fr/<ns>.json. The French ones
// use 4D's own French words (Super_Utilisateur, Membre des groupes, …): see docs/french-terms.md.
const files = import.meta.glob<Record<string, unknown>>("./*/*.json", { eager: true, import: "default" });

/** The catalogs by language and namespace, as i18next wants them. */
export const resources: Resource = {};
for (const [path, catalog] of Object.entries(files)) {
  const [, lang, ns] = /\.\/(\w+)\/([\w-]+)\.json$/.exec(path)!;
  (resources[lang!] ??= {})[ns!] = catalog as Record<string, string>;
}

/** The languages the app speaks. */
export const LANGUAGES = ["en", "fr"] as const;

/** The language to start in: French for a French system, English otherwise. */
export function preferredLanguage(languages: readonly string[] = navigator.languages): "en" | "fr" {
  return languages.some((l) => l.toLowerCase().startsWith("fr")) ? "fr" : "en";
}

/** Creates and initialises an i18next instance (one per app; tests make their own). */
export function createI18n(lng: "en" | "fr" = preferredLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: "en",
    ns: Object.keys(resources.en ?? {}),
    defaultNS: "common",
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
