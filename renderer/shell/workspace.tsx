import { Activity } from "react";
import { useTranslation } from "react-i18next";
import { Tab, TabList, TabPanel, Tabs } from "react-aria-components";
import { AccessPage } from "../pages/access/access-page";
import { AuditPage } from "../pages/audit/audit-page";
import { GroupsPage } from "../pages/groups/groups-page";
import { UsersPage } from "../pages/users/users-page";
import { WhyPage } from "../pages/why/why-page";
import { useAppStore, useAppStoreApi } from "../state/context";
import type { Page } from "../state/ui-slice";
import { Header } from "./header";
import { NoticeBar } from "./notice-bar";
import { StatusLine } from "./status-line";

// The pages in tab order, each with its component: one table for the tabs and their panels.
// Users and Groups, with their lists of 16,000 rows, are kept while another page shows (React's
// Activity: drawn in the background once, hidden, updated when idle), so a switch between them
// shows a page instead of building one; the others are built when shown.
const KEPT: ReadonlySet<Page> = new Set(["users", "groups"]);
const PAGES: readonly (readonly [Page, () => React.JSX.Element | null])[] = [
  ["users", UsersPage],
  ["groups", GroupsPage],
  ["access", AccessPage],
  ["why", WhyPage],
  ["audit", AuditPage],
];

/** The open project: header, page tabs, the page, and the status line. */
export function Workspace() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const page = useAppStore((s) => s.page);
  return (
    <div className="workspace">
      <Header />
      <NoticeBar />
      <Tabs className="pages" selectedKey={page} onSelectionChange={(key) => store.getState().goTo(key as Page)}>
        <TabList className="page-tabs" aria-label={t("nav.label")}>
          {PAGES.map(([p]) => (
            <Tab key={p} id={p} className="page-tab">
              {t(`nav.${p}`)}
            </Tab>
          ))}
        </TabList>
        {PAGES.map(([p, PageView]) => (
          <TabPanel key={p} id={p} className="page" shouldForceMount={KEPT.has(p)}>
            {KEPT.has(p) ? (
              <Activity mode={page === p ? "visible" : "hidden"}>
                <PageView />
              </Activity>
            ) : (
              <PageView />
            )}
          </TabPanel>
        ))}
      </Tabs>
      <StatusLine />
    </div>
  );
}
