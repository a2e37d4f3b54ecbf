import { fourDText, setGroupAccessLine, setPluginAccessLine } from "../../shared/fourd-code";
import { LICENCES } from "../../shared/keys";

// The constants of 4D's Is License Available theme, as developer.4d.com lists them for SET PLUGIN ACCESS.
const DOCUMENTED: Record<string, number> = {
  "4D Client SOAP license": 808465465,
  "4D Client Web license": 808465209,
  "4D for OCI license": 808465208,
  "4D ODBC Pro license": 808464946,
  "4D View license": 808465207,
  "4D Write license": 808464697,
};

describe("4D code for what the editor does", () => {
  it("names each licence's constant as 4D documents it", () => {
    expect(Object.fromEntries(LICENCES.map((l) => [`${l.label} license`, l.constant]))).toEqual(DOCUMENTED);
  });

  it("writes SET PLUGIN ACCESS with the constant and the group as a 4D text", () => {
    expect(setPluginAccessLine("write", "Vendeurs")).toBe('SET PLUGIN ACCESS(4D Write license; "Vendeurs")');
    expect(setPluginAccessLine("myPlugin", "Vendeurs")).toBeUndefined();
  });

  it("writes SET GROUP ACCESS with a collection of the groups", () => {
    expect(setGroupAccessLine(["Sales", "Managers"])).toBe('SET GROUP ACCESS(New collection("Sales"; "Managers"))');
    expect(setGroupAccessLine([])).toBe("SET GROUP ACCESS(New collection())");
  });

  it("escapes quotes and backslashes in names", () => {
    expect(fourDText('Say "hi" \\ bye')).toBe('"Say \\"hi\\" \\\\ bye"');
  });
});
