import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { I18nextProvider } from "react-i18next";
import type { Api, Snapshot } from "../../shared/ipc-contract";
import { createI18n } from "../../renderer/i18n";
import { StoreProvider } from "../../renderer/state/context";
import { createAppStore, type AppStore } from "../../renderer/state/store";
import { fakeApi } from "./fake-api";

/**
 * Renders a component with a fresh store (opened on `snapshot`), i18n and a fake API.
 * Component test files start with `// @vitest-environment jsdom`.
 */
export async function renderWithStore(ui: ReactElement, snapshot: Snapshot, lang: "en" | "fr" = "en", overrides: Partial<Api> = {}) {
  const fake = fakeApi(snapshot, overrides);
  const store: AppStore = createAppStore(fake.api);
  await store.getState().open("/projects/Demo");
  const i18n = createI18n(lang);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>{ui}</StoreProvider>
    </I18nextProvider>,
  );
  return { ...result, store, ...fake };
}
