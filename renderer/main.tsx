import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { getApi } from "./api";
import { App } from "./app";
import { createI18n } from "./i18n";
import { StoreProvider } from "./state/context";
import { createAppStore } from "./state/store";
import "./theme.css";
import "./components.css";
import "./layout.css";
import "./shell/shell.css";

const api = getApi();
const store = createAppStore(api);
const i18n = createI18n();
document.documentElement.lang = i18n.language;

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <App api={api} />
      </StoreProvider>
    </I18nextProvider>
  </StrictMode>,
);
