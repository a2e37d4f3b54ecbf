import { hashPassword, legacyHash, passwordNotes, verifyPassword } from "../../electron/services/passwords";
import { realFixture } from "../helpers/fixtures";

type Users = Record<string, { password?: string; alias?: string }>;

function usersOf(part: string): Users {
  return (JSON.parse(realFixture(part).text.replace(/^\uFEFF/, "")) as { users: Users }).users;
}

function storedPassword(users: Users, key: string): string {
  const value = users[key]?.password;
  if (value === undefined) throw new Error(`fixture user ${key} has no password`);
  return value;
}

describe("legacy hashes", () => {
  it("hash 1 as 4D does: base64(MD5(UTF-16BE + 0x0000))", () => {
    expect(legacyHash("1")).toBe("Kjg/94PRrUDafImXUuZYuw==");
  });

  it("verify every known password of miyako/HDI_Passwords, accented names included", async () => {
    const users = usersOf("miyako");
    const keys = Object.keys(users);
    expect(keys).toContain("Gérald");
    expect(keys).toContain("Zoé");
    for (const key of keys) {
      const known = key === "designer" ? "1" : key === "administrator" ? "2" : key.charAt(0).toLowerCase();
      expect(await verifyPassword(known, storedPassword(users, key)), key).toBe(true);
      expect(await verifyPassword(known.toUpperCase() + "x", storedPassword(users, key)), key).toBe(false);
    }
  });

  it("tell the Designer's 1 from the Administrator's 2", async () => {
    const users = usersOf("miyako");
    expect(await verifyPassword("2", storedPassword(users, "designer"))).toBe(false);
    expect(await verifyPassword("1", storedPassword(users, "administrator"))).toBe(false);
  });

  it("are case-sensitive: WebClerk19's Email verifies with Email, not email", async () => {
    const stored = storedPassword(usersOf("WebClerk19"), "Email");
    expect(await verifyPassword("Email", stored)).toBe(true);
    expect(await verifyPassword("email", stored)).toBe(false);
  });

  it("new legacy hashes verify, and only with their own password", async () => {
    const stored = await hashPassword("Mot de passe é", "legacy");
    expect(stored).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(await verifyPassword("Mot de passe é", stored)).toBe(true);
    expect(await verifyPassword("Mot de passe e", stored)).toBe(false);
  });
});

describe("bcrypt hashes", () => {
  it("verify qodly-timesheet-demo's al with test ($2b$ as 4D wrote it)", async () => {
    const stored = storedPassword(usersOf("qodly"), "al");
    expect(stored.startsWith("$2b$10$")).toBe(true);
    expect(await verifyPassword("test", stored)).toBe(true);
    expect(await verifyPassword("Test", stored)).toBe(false);
  });

  it("verify the same hash labelled $2y$ or $2a$: only the label differs", async () => {
    const stored = storedPassword(usersOf("qodly"), "al");
    expect(await verifyPassword("test", stored.replace("$2b$", "$2y$"))).toBe(true);
    expect(await verifyPassword("test", stored.replace("$2b$", "$2a$"))).toBe(true);
    expect(await verifyPassword("tset", stored.replace("$2b$", "$2y$"))).toBe(false);
  });

  it("are written with cost 10 and the $2y$ prefix 4D uses, and verify", async () => {
    const stored = await hashPassword("s3cret Zoé", "bcrypt");
    expect(stored).toMatch(/^\$2y\$10\$[./A-Za-z0-9]{53}$/);
    expect(await verifyPassword("s3cret Zoé", stored)).toBe(true);
    expect(await verifyPassword("s3cret Zoe", stored)).toBe(false);
  });

  it("are salted: the same password hashes differently each time", async () => {
    expect(await hashPassword("same", "bcrypt")).not.toBe(await hashPassword("same", "bcrypt"));
  });
});

describe("values that are not hashes", () => {
  it("never verify, and never throw", async () => {
    for (const stored of ["", "1", "plain text", "$2y$10$short", "‹hash bcrypt 7›", "$3x$10$" + "a".repeat(53)]) {
      expect(await verifyPassword("1", stored), stored).toBe(false);
    }
  });
});

describe("password notes", () => {
  it("say nothing about an ordinary password", () => {
    expect(passwordNotes("ordinary")).toEqual([]);
  });

  it("warn about an empty password", () => {
    expect(passwordNotes("")).toEqual([expect.stringContaining("empty")]);
  });

  it("warn past 15 characters (4D's editor limit) but not at 15", () => {
    expect(passwordNotes("a".repeat(15))).toEqual([]);
    expect(passwordNotes("a".repeat(16))).toEqual([expect.stringContaining("longer than 15 characters")]);
  });

  it("warn past 72 bytes of UTF-8, which bcrypt ignores", () => {
    const notes = passwordNotes("é".repeat(37));
    expect(notes).toHaveLength(2);
    expect(notes[1]).toContain("longer than 72 bytes");
  });

  it("never tell the password's length (it narrows a guess)", () => {
    for (const password of ["a".repeat(16), "é".repeat(37), "x".repeat(100)]) {
      for (const note of passwordNotes(password)) expect(note).not.toMatch(new RegExp(`\\b(${[...password].length}|${Buffer.byteLength(password)})\\b`));
    }
  });

  it("never repeat the password", () => {
    const secret = "Very-Long-Secret-Passphrase-" + "x".repeat(60);
    for (const note of passwordNotes(secret)) expect(note).not.toContain("Secret");
  });
});
