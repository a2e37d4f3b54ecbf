import type { DirectoryDocument } from "../../../shared/document";
import { getObject, toPlain } from "../../../shared/json";
import { clearPassword, setPasswordValue } from "../../../shared/edits/passwords";
import { setStartupMethod } from "../../../shared/edits/users";
import { applied, fixtureDocument as fixture, refused } from "../../helpers/documents";

const plain = (doc: DirectoryDocument) => toPlain(doc.root) as Record<string, Record<string, Record<string, unknown>>>;

describe("passwords", () => {
  it("setting the Designer's first password turns access control on, clearing it turns it off", () => {
    const doc = fixture("GoldenAltos");
    const on = applied(setPasswordValue(doc, "Designer", "‹new bcrypt 1›"));
    expect(on.change).toEqual({
      code: "user.password-set",
      message: "set the password of Designer (4D access control is now on)",
      params: { name: "Designer", accessControl: "on" },
    });
    expect(plain(on.doc).users!["designer"]).toEqual({ password: "‹new bcrypt 1›", alias: "Designer" });
    const off = applied(clearPassword(on.doc, "Designer"));
    expect(off.change.message).toBe("cleared the password of Designer (4D access control is now off)");
    expect(plain(off.doc).users!["designer"]).toEqual({ alias: "Designer" });
  });

  it("changing a password never puts the value in the message", () => {
    const edit = applied(setPasswordValue(fixture("WebClerk19"), "Email", "$2y$10$abcdefghijklmnopqrstuv"));
    expect(edit.change).toEqual({ code: "user.password-changed", message: "changed the password of Email", params: { name: "Email" } });
  });

  it("places a new password before the alias and after the startup method", () => {
    let doc = applied(setStartupMethod(fixture("GoldenAltos"), "Administrator", "Start")).doc;
    doc = applied(setPasswordValue(doc, "Administrator", "QMYs7LUyK2A3cl1J8R3VDw==")).doc;
    expect(getObject(getObject(doc.root, "users")!, "administrator")!.entries.map(([k]) => k)).toEqual(["startupMethod", "password", "alias"]);
  });

  it("refuses clearing a password that is not there and setting the same value", () => {
    expect(refused(clearPassword(fixture("GoldenAltos"), "DefaultUser")).code).toBe("edit.unchanged");
    expect(refused(setPasswordValue(fixture("WebClerk19"), "Email", "OFcFfKJ5EYGFkHE/SsTQHA==")).code).toBe("edit.unchanged");
    expect(refused(clearPassword(fixture("GoldenAltos"), "Ghost")).code).toBe("user.unknown");
  });
});
