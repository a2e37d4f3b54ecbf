// @vitest-environment jsdom
// A valid file whose 16,000 groups nest in one chain, the user at the bottom: selecting that user
// draws a window of group boxes, each inherited one with a short route (no path is built whole).
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { UsersPage } from "../../renderer/pages/users/users-page";
import { BUILTINS, documentOf } from "../helpers/documents";
import { mockElementSize } from "../helpers/dom";
import { snapshotOf } from "../helpers/fake-api";
import { renderWithStore } from "../helpers/render";

let restore: () => void;
beforeEach(() => (restore = mockElementSize(1200, 800)));
afterEach(() => restore());

it("the user at the bottom of a 16,000-deep chain: a window of boxes, each route shortened", async () => {
  const groups: Record<string, object> = {};
  for (let i = 0; i < 16_000; i++) groups[`g${i}`] = i === 15_999 ? { users: ["bottom"] } : { groups: [`g${i + 1}`] };
  const doc = documentOf({ users: { ...BUILTINS, bottom: {} }, groups });
  await renderWithStore(<UsersPage />, snapshotOf(doc));
  await userEvent.click(within(screen.getByRole("listbox", { name: "Users" })).getByRole("option", { name: /^bottom/ }));
  expect(screen.getAllByRole("checkbox").length).toBeLessThan(100);
  expect(screen.getByText(/g15999 ⊂ … ⊂ g3 ⊂ g2 ⊂ g1 ⊂ g0$/)).toBeInTheDocument();
  expect(screen.getByText(/g15999 ⊂ … ⊂ g4 ⊂ g3 ⊂ g2 ⊂ g1$/)).toBeInTheDocument();
}, 60_000);
