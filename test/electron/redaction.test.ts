import { parseDirectory } from "../../shared/parse";
import { serializeDirectory } from "../../shared/serialize";
import { HashVault } from "../../electron/services/redaction";

const text = '{"users": {"designer": {"password": "Kjg\\/94PRrUDafImXUuZYuw==", "alias": "Designer"}, "administrator": {"alias": "Administrator"}}, "n": 1.50}';

it("keeps a hash's spelling in main and puts it back on restore: the renderer never sees it", () => {
  const parsed = parseDirectory(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const vault = new HashVault();
  const redacted = vault.redact(parsed.value.doc);
  expect(JSON.stringify(redacted)).not.toContain("94PR");
  expect(redacted.layout.raw).toEqual([{ path: ["n"], text: "1.50" }]);
  const restored = vault.restore(redacted);
  if (!restored.ok) throw new Error(restored.error.message);
  expect(serializeDirectory(restored.value)).toContain('"password": "Kjg\\/94PRrUDafImXUuZYuw=="');
  expect(serializeDirectory(restored.value)).toContain('"n": 1.50');
});
