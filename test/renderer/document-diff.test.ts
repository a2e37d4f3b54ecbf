import { applyPatch, structuredPatch } from "diff";
import type { DirectoryDocument } from "../../shared/document";
import { addGroup, addMember, addUser, deleteGroup, deleteUsers, giveLicence, removeMember, renameGroup, renameUser, setSetting } from "../../shared/edits";
import type { EditResult } from "../../shared/edits/edit";
import { serializeDirectory } from "../../shared/serialize";
import { diffDocuments } from "../../renderer/shell/document-diff";
import { fixtureDocument, documentOf, BUILTINS } from "../helpers/documents";
import { buildLargeDirectory } from "../helpers/large-directory";

const text = (doc: DirectoryDocument) => serializeDirectory(doc).replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");

function after(doc: DirectoryDocument, ...edits: ((d: DirectoryDocument) => EditResult)[]): DirectoryDocument {
  return edits.reduce((d, edit) => {
    const result = edit(d);
    if (!result.ok) throw new Error(result.error.message);
    return result.value.doc;
  }, doc);
}

/** The diff as a patch file, which `applyPatch` must turn the old text into the new one with. */
function asPatch(before: DirectoryDocument, next: DirectoryDocument): string {
  const lines = diffDocuments(before, next)!;
  return ["--- directory.json", "+++ directory.json", ...lines.map((l) => l.text)].join("\n") + "\n";
}

function expectExact(before: DirectoryDocument, next: DirectoryDocument): void {
  const patched = applyPatch(text(before), asPatch(before, next));
  expect(patched).toBe(text(next));
}

describe("diffDocuments (only the changed entries)", () => {
  const miyako = fixtureDocument("miyako");

  it("is empty for the same document", () => {
    expect(diffDocuments(miyako, miyako)).toEqual([]);
  });

  it.each([
    ["rename a user", (d: DirectoryDocument) => renameUser(d, "Louis", "Lou")],
    ["add a user at the end", (d: DirectoryDocument) => addUser(d, "Zed")],
    ["tick a membership", (d: DirectoryDocument) => addMember(d, "Staff", { user: "Louis" })],
    ["untick one", (d: DirectoryDocument) => removeMember(d, "Engineers", { user: "Louis" })],
    ["add a group", (d: DirectoryDocument) => addGroup(d, "Night shift")],
    ["rename a group", (d: DirectoryDocument) => renameGroup(d, "Engineers", "Builders")],
    ["delete a group", (d: DirectoryDocument) => deleteGroup(d, "Staff", { force: true })],
    ["delete users", (d: DirectoryDocument) => deleteUsers(d, ["Peter", "Zoé"])],
    ["give a licence", (d: DirectoryDocument) => giveLicence(d, "write", "Staff")],
    ["change a setting", (d: DirectoryDocument) => setSetting(d, "designAccessGroup", "Staff")],
  ])("gives a patch that turns the old text into the new one: %s", (_, edit) => {
    expectExact(miyako, after(miyako, edit));
  });

  it("is the same diff as a line diff of the whole texts for an edit in place", () => {
    const next = after(miyako, (d) => renameUser(d, "Zoé", "Zoe"));
    const full = structuredPatch("a", "b", text(miyako), text(next), undefined, undefined, { context: 3 });
    const lines = diffDocuments(miyako, next)!;
    const expected = full.hunks.flatMap((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines]);
    expect(lines.map((l) => l.text)).toEqual(expected);
  });

  it("finds equal entries of a file read again (equal, not shared) without writing them out", () => {
    const again = fixtureDocument("miyako");
    expect(diffDocuments(miyako, again)).toEqual([]);
    const next = after(again, (d) => renameUser(d, "Zoé", "Zoe"));
    expectExact(miyako, next);
    expect(diffDocuments(miyako, next)!.filter((l) => l.kind !== "context" && l.kind !== "hunk")).toHaveLength(2);
  });

  it("handles several edits far apart, and first entries that appear or go", () => {
    const empty = documentOf({ users: BUILTINS });
    expectExact(empty, after(empty, (d) => addGroup(d, "First")));
    expectExact(after(empty, (d) => addGroup(d, "First")), empty);
    const large = buildLargeDirectory({ users: 300, groups: 300 });
    const edited = after(
      large,
      (d) => addMember(d, "Unit-10", { user: "user-250" }),
      (d) => renameUser(d, "user-7", "user-seven"),
      (d) => addUser(d, "late"),
      (d) => deleteUsers(d, ["user-120"]),
    );
    expectExact(large, edited);
    expectExact(edited, large);
  });
});
