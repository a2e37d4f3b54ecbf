import { diffLines } from "diff";
import type { DirectoryDocument } from "../../../shared/document";
import { toPlain } from "../../../shared/json";
import { serializeDirectory } from "../../../shared/serialize";
import { setSetting, setSqlRight } from "../../../shared/edits/access";
import { addGroup } from "../../../shared/edits/groups";
import { giveLicence } from "../../../shared/edits/licences";
import { addUser } from "../../../shared/edits/users";
import { applied, fixtureDocument as fixture, documentFromText as read, refused } from "../../helpers/documents";

const plain = (doc: DirectoryDocument) => toPlain(doc.root) as Record<string, Record<string, unknown>>;
const topKeys = (doc: DirectoryDocument) => doc.root.entries.map(([k]) => k);
const keysOf = (doc: DirectoryDocument, top: string) => Object.keys(plain(doc)[top] ?? {});

describe("giveLicence", () => {
  it("gives a licence to a group and says who had it", () => {
    const edit = applied(giveLicence(fixture("WebClerk19"), "write", "Sales"));
    expect(plain(edit.doc).remoteGranters).toMatchObject({ write: "Sales" });
    expect(edit.change).toEqual({
      code: "licence.given",
      message: "gave 4D Write to Sales (was 4D_Write)",
      params: { key: "write", holder: "Sales", previous: "4D_Write" },
    });
  });

  it("gives to everybody and to nobody", () => {
    const doc = fixture("WebClerk19");
    expect(applied(giveLicence(doc, "web", "*")).change.message).toBe("gave 4D Client Web to everybody (was AdminControl)");
    expect(applied(giveLicence(doc, "oci", "")).change.message).toBe("gave 4D for OCI to nobody (was everybody)");
  });

  it("changes only the licence's line", () => {
    const doc = fixture("WebClerk19");
    const edit = applied(giveLicence(doc, "view", "Sales"));
    const changes = diffLines(serializeDirectory(doc), serializeDirectory(edit.doc)).filter((c) => c.added || c.removed);
    expect(changes.map((c) => c.value)).toEqual(['\t\t"view": "*",\n', '\t\t"view": "Sales",\n']);
  });

  it("adds a known licence at its canonical position, and remoteGranters at its place when missing", () => {
    let doc = applied(giveLicence(fixture("HDI_WebSocket_Server__Data"), "web", "*")).doc;
    expect(keysOf(doc, "remoteGranters")).toEqual(["web", "write", "view"]);
    doc = applied(giveLicence(fixture("4D-Mobile-App"), "view", "")).doc;
    expect(topKeys(doc)).toEqual(["users", "sqlSchemaGranters", "remoteGranters"]);
    doc = applied(addGroup(fixture("qodly-timesheet"), "Writers")).doc;
    doc = applied(giveLicence(doc, "write", "Writers")).doc;
    expect(topKeys(doc)).toEqual(["users", "groups", "sqlSchemaGranters", "remoteGranters", "settings"]);
    expect(applied(giveLicence(fixture("4D-Mobile-App"), "odbcPro", "*")).change.message).toBe("gave 4D ODBC Pro to everybody (was not set)");
  });

  it("keeps a third-party licence key found in the file", () => {
    const text = '{\n\t"users": {\n\t\t"designer": {},\n\t\t"administrator": {}\n\t},\n\t"remoteGranters": {\n\t\t"myPlugin": "*"\n\t}\n}';
    const edit = applied(giveLicence(read(text), "myPlugin", ""));
    expect(edit.change.message).toBe("gave licence myPlugin to nobody (was everybody)");
  });

  it("refuses an unknown group, an unknown licence key and a no-op", () => {
    const doc = fixture("WebClerk19");
    expect(refused(giveLicence(doc, "write", "Ghosts"))).toEqual({
      code: "licence.unknown-group",
      message: "There is no group named Ghosts, so it cannot be given 4D Write.",
      params: { key: "write", holder: "Ghosts" },
    });
    expect(refused(giveLicence(doc, "write", "EDI")).code).toBe("licence.unknown-group");
    expect(refused(giveLicence(doc, "teleport", "*")).code).toBe("licence.unknown");
    expect(refused(giveLicence(doc, "web", "AdminControl")).code).toBe("edit.unchanged");
  });
});

describe("setSetting", () => {
  it("sets a group setting to a group, everybody or nobody", () => {
    const doc = fixture("WebClerk19");
    const edit = applied(setSetting(doc, "designAccessGroup", "Designer"));
    expect(plain(edit.doc).settings).toMatchObject({ designAccessGroup: "Designer" });
    expect(edit.change).toEqual({
      code: "setting.set",
      message: "set Design and Runtime Explorer access to Designer (was everybody)",
      params: { key: "designAccessGroup", value: "Designer", previous: "*" },
    });
    expect(applied(setSetting(doc, "localMobileAccessGroupRW", "")).change.message).toBe("set REST read/write group (local) to nobody (was everybody)");
  });

  it("sets a user setting to a user (by alias for the built-in users) or to no user", () => {
    const doc = fixture("WebClerk19");
    expect(applied(setSetting(doc, "remoteDefaultUser", "Admin")).change.message).toBe("set Default user to Admin (was no user)");
    expect(applied(setSetting(doc, "localGenericWebUser", "")).change.message).toBe("set Generic web user (local) to no user (was jitCorp)");
  });

  it("writes the capitalised key the older files use, whichever form is passed", () => {
    const doc = fixture("HDI_WebSocket_Server__Settings");
    const edit = applied(setSetting(doc, "remoteDefaultUser", "Administrator"));
    expect(keysOf(edit.doc, "settings")).toEqual(keysOf(doc, "settings"));
    expect(plain(edit.doc).settings).toMatchObject({ RemoteDefaultUser: "Administrator" });
    expect(applied(setSetting(doc, "DesignAccessGroup", "")).change.params.key).toBe("DesignAccessGroup");
  });

  it("adds a missing key at the position 4D writes it, in the file's capitalisation", () => {
    const golden = applied(setSetting(fixture("GoldenAltos"), "localMobileAccessGroupRW", "")).doc;
    expect(keysOf(golden, "settings")).toEqual(["localGenericWebUser", "designAccessGroup", "localMobileAccessGroupRW", "remoteGenericWebUser", "remoteDefaultUser"]);
    const text = '{\n\t"users": {\n\t\t"designer": {},\n\t\t"administrator": {}\n\t},\n\t"settings": {\n\t\t"RemoteDefaultUser": ""\n\t}\n}';
    const capital = applied(setSetting(read(text), "designAccessGroup", "*")).doc;
    expect(keysOf(capital, "settings")).toEqual(["DesignAccessGroup", "RemoteDefaultUser"]);
  });

  it("creates settings at the end when the file has none", () => {
    const edit = applied(setSetting(fixture("4D-Mobile-App"), "designAccessGroup", "*"));
    expect(topKeys(edit.doc)).toEqual(["users", "sqlSchemaGranters", "settings"]);
    expect(edit.change.message).toBe("set Design and Runtime Explorer access to everybody (was not set)");
  });

  it("refuses a value of the wrong kind, an unknown setting and a no-op", () => {
    const doc = applied(addUser(fixture("WebClerk19"), "Temp")).doc;
    expect(refused(setSetting(doc, "designAccessGroup", "Temp"))).toEqual({
      code: "setting.unknown-group",
      message: "Design and Runtime Explorer access names a group, everybody or nobody, and there is no group named Temp.",
      params: { key: "designAccessGroup", value: "Temp" },
    });
    expect(refused(setSetting(doc, "remoteDefaultUser", "*")).message).toBe("Default user names a user or no user, and there is no user named *.");
    expect(refused(setSetting(doc, "remoteDefaultUser", "Sales")).code).toBe("setting.unknown-user");
    expect(refused(setSetting(doc, "remoteDefaultUser", "designer")).code).toBe("setting.unknown-user");
    expect(refused(setSetting(doc, "colour", "*")).code).toBe("setting.unknown");
    expect(refused(setSetting(doc, "designAccessGroup", "*")).code).toBe("edit.unchanged");
  });
});

describe("setSqlRight", () => {
  it("sets a right of a schema to a group, everybody or nobody", () => {
    const doc = fixture("WebClerk19");
    const edit = applied(setSqlRight(doc, "DEFAULT_SCHEMA", "allAccessGroup", "AdminControl"));
    expect(plain(edit.doc).sqlSchemaGranters).toEqual({
      DEFAULT_SCHEMA: { readOnlyAccessGroup: "*", readWriteAccessGroup: "*", allAccessGroup: "AdminControl" },
    });
    expect(edit.change).toEqual({
      code: "sql.right-set",
      message: "set SQL right All (data and structure) of DEFAULT_SCHEMA to AdminControl (was nobody)",
      params: { schema: "DEFAULT_SCHEMA", right: "allAccessGroup", value: "AdminControl", previous: "" },
    });
  });

  it("creates DEFAULT_SCHEMA at its place when the file has no SQL rights", () => {
    const text = '{\n\t"users": {\n\t\t"designer": {},\n\t\t"administrator": {}\n\t},\n\t"settings": {}\n}';
    const edit = applied(setSqlRight(read(text), "DEFAULT_SCHEMA", "readWriteAccessGroup", "*"));
    expect(topKeys(edit.doc)).toEqual(["users", "sqlSchemaGranters", "settings"]);
    expect(plain(edit.doc).sqlSchemaGranters).toEqual({ DEFAULT_SCHEMA: { readWriteAccessGroup: "*" } });
  });

  it("refuses an unknown right, schema or group, and a no-op", () => {
    const doc = fixture("WebClerk19");
    expect(refused(setSqlRight(doc, "DEFAULT_SCHEMA", "dropAccessGroup", "*")).message).toBe(
      'There is no SQL right "dropAccessGroup"; the rights are readOnlyAccessGroup, readWriteAccessGroup, allAccessGroup.',
    );
    expect(refused(setSqlRight(doc, "Accounts", "allAccessGroup", "*")).code).toBe("sql.unknown-schema");
    expect(refused(setSqlRight(doc, "DEFAULT_SCHEMA", "allAccessGroup", "EDI")).code).toBe("sql.unknown-group");
    expect(refused(setSqlRight(doc, "DEFAULT_SCHEMA", "allAccessGroup", "")).code).toBe("edit.unchanged");
  });
});
