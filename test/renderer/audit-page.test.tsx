// @vitest-environment jsdom
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { AuditReport } from "../../shared/audit";
import { ok } from "../../shared/result";
import { AuditPage } from "../../renderer/pages/audit/audit-page";
import { BUILTINS, documentOf } from "../helpers/documents";
import { snapshotOf } from "../helpers/fake-api";
import { renderWithStore } from "../helpers/render";

const on = { designer: { password: "‹hash legacy d1›", alias: "Designer" }, administrator: { alias: "Admin" } };
const doc = documentOf({
  users: { ...on, bob: {}, sjohnson: { password: "‹hash legacy s1›" }, al: { password: "‹hash bcrypt a1›" }, " test": { password: "‹hash legacy t1›" }, test: { password: "‹hash legacy t2›" } },
  groups: { Dev: { users: ["bob"] } },
  settings: { designAccessGroup: "Dev" },
});
// What main would answer: the guessed findings only (the structural ones are computed here).
const report: AuditReport = {
  findings: [{ severity: "high", code: "password-is-name", message: "…", users: ["sjohnson"], params: { count: 1 } }],
  bcryptTried: 0,
  bcryptNotTried: 1,
  cancelled: false,
};

describe("Audit page", () => {
  it("groups the findings by severity with counts: live structural ones and main's guessed ones", async () => {
    const { calls } = await renderWithStore(<AuditPage />, snapshotOf(doc), "en");
    await waitFor(() => expect(calls.audit).toHaveLength(1));
    expect(screen.getByRole("heading", { level: 2, name: "Security audit" })).toBeInTheDocument();
    const high = screen.getByRole("region", { name: /High risk/ });
    expect(within(high).getAllByRole("heading", { level: 4 }).map((h) => h.querySelector(".audit-finding-title")?.textContent)).toEqual(["The Administrator (Admin) has no password"]);
    expect(screen.getByRole("status")).toHaveTextContent("1 high · 2 medium · 2 low");
  });

  it("shows main's findings once it answers, each opening to its users, each a link", async () => {
    const { store } = await renderWithStore(<AuditPage />, snapshotOf(doc), "en", { audit: async () => ok(report) });
    const trigger = await screen.findByRole("button", { name: /1 user has their own name as password/ });
    expect(screen.getByText(/Anyone who knows a user's name logs in as them/)).toBeInTheDocument();
    await userEvent.click(trigger);
    await userEvent.click(screen.getByRole("button", { name: "Open user sjohnson" }));
    expect(store.getState()).toMatchObject({ page: "users", selectedUser: "sjohnson" });
  });

  it("re-runs after an edit: a password given to bob takes his no-password finding away", async () => {
    const { store } = await renderWithStore(<AuditPage />, snapshotOf(doc), "en");
    expect(screen.getByRole("button", { name: /1 user has no password/ })).toBeInTheDocument();
    await act(async () => void (await store.getState().setPassword("bob", "s3cret-Long", "bcrypt")));
    expect(screen.queryByRole("button", { name: /user has no password/ })).not.toBeInTheDocument();
  });

  it("guesses bcrypt passwords on demand, with progress and Cancel", async () => {
    let finish: (value: ReturnType<typeof ok<AuditReport>>) => void = () => {};
    const audit = async ({ deep }: { deep: boolean }) => (deep ? new Promise<ReturnType<typeof ok<AuditReport>>>((r) => (finish = r)) : ok(report));
    const { calls, emit } = await renderWithStore(<AuditPage />, snapshotOf(doc), "en", { audit });
    await userEvent.click(await screen.findByRole("button", { name: "Guess the bcrypt password (about 2 s)" }));
    act(() => emit("auditProgress", { done: 0, total: 1 }));
    expect(screen.getByRole("progressbar", { name: "Guessing bcrypt passwords: 0 of 1" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(calls.cancelAudit).toHaveLength(1);
    await act(async () => finish(ok({ ...report, cancelled: true })));
    expect(await screen.findByText("Cancelled: 1 bcrypt password was not tried.")).toBeInTheDocument();
  });

  it("speaks French", async () => {
    await renderWithStore(<AuditPage />, snapshotOf(documentOf({ users: BUILTINS })), "fr");
    expect(screen.getByRole("heading", { level: 2, name: "Audit de sécurité" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Rien à signaler");
  });
});
