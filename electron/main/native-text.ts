import i18next, { type TFunction } from "i18next";
import type { Language } from "../../shared/ipc-contract";
import enCommon from "../../renderer/i18n/en/common.json";
import enNative from "../../renderer/i18n/en/native.json";
import frCommon from "../../renderer/i18n/fr/common.json";
import frNative from "../../renderer/i18n/fr/native.json";

// The native parts (menu, dialogs, close prompt) speak the app's language from the renderer's own
// catalogs: `native` for their words, `common` for the page names. i18next, as in the renderer.
const instance = i18next.createInstance();
void instance.init({
  resources: { en: { native: enNative, common: enCommon }, fr: { native: frNative, common: frCommon } },
  lng: "en",
  fallbackLng: "en",
  ns: ["native", "common"],
  defaultNS: "native",
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The translation function for the native parts in `language`. */
export function nativeText(language: Language): TFunction {
  return instance.getFixedT(language);
}
