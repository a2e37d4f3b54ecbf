import { addGroup, addUser, duplicateUser, renameGroup, renameUser } from "../../../shared/edits";
import { absorbRename, type Change } from "../../../shared/edits/edit";
import { BUILTINS, documentOf } from "../../helpers/documents";

const doc = documentOf({ users: { ...BUILTINS, Bob: {} }, groups: { Sales: {} } });
const change = (result: { ok: boolean; value?: { change: Change } }) => {
  if (!result.ok || !result.value) throw new Error("refused");
  return result.value.change;
};

describe("absorbRename: add-then-name is one change-log line", () => {
  it("joins a group added then renamed, keeping the added line's code", () => {
    const added = change(addGroup(doc, "New group1"));
    const joined = absorbRename(added, change(renameGroup(documentOf({ groups: { "New group1": {} } }), "New group1", "Vendeurs")));
    expect(joined).toEqual({ code: "group.added", message: "added group Vendeurs with Administrator as member", params: { name: "Vendeurs" } });
  });

  it("joins a user added, or duplicated, then renamed", () => {
    expect(absorbRename(change(addUser(doc, "New user1")), change(renameUser(documentOf({ users: { ...BUILTINS, "New user1": {} } }), "New user1", "Ada")))?.params).toEqual({ name: "Ada" });
    const dup = change(duplicateUser(doc, "Bob", "Bob copy1"));
    const renamed = change(renameUser(documentOf({ users: { ...BUILTINS, "Bob copy1": {} } }), "Bob copy1", "Robert"));
    expect(absorbRename(dup, renamed)).toMatchObject({ code: "user.duplicated", params: { name: "Bob", newName: "Robert" } });
  });

  it("leaves apart a rename of something else, or of another kind", () => {
    const added = change(addUser(doc, "Ada"));
    expect(absorbRename(added, change(renameUser(doc, "Bob", "Robert")))).toBeNull();
    expect(absorbRename(change(addGroup(doc, "Bob")), change(renameUser(doc, "Bob", "Robert")))).toBeNull();
  });
});
