// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { addMember } from "../../shared/edits";
import { modelOf } from "../../shared/model";
import { parseDirectory } from "../../shared/parse";
import { useStableRows } from "../../renderer/pages/groups/stable-rows";
import { realFixture } from "../helpers/fixtures";

describe("Groups page — list rows across edits", () => {
  it("keeps the objects of the groups whose row did not change, so the list redraws one row", () => {
    const parsed = parseDirectory(realFixture("miyako").text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const before = modelOf(parsed.value.doc).groups;
    const { result, rerender } = renderHook(({ groups }) => useStableRows(groups), { initialProps: { groups: before } });
    expect(result.current).toEqual(before);

    const edited = addMember(parsed.value.doc, "Staff", { user: "Louis" });
    if (!edited.ok) throw new Error(edited.error.message);
    const after = modelOf(edited.value.doc).groups;
    rerender({ groups: after });
    expect(result.current.map((g) => g.name)).toEqual(["Engineers", "Staff", "Secret"]);
    expect(result.current[0]).toBe(before[0]);
    expect(result.current[2]).toBe(before[2]);
    expect(result.current[1]).toBe(after[1]);
    expect(result.current[1]?.users).toEqual(["Designer", "Administrator", "Louis"]);
  });
});
