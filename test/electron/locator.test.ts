import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { locateDirectory, otherCopyWins, type DirectoryLocation } from "../../electron/services/locator";

let tmp: string;
let root: string;
let userPath: string;
let dataPath: string;

beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), "4dde-locate-"));
  root = join(tmp, "Shop");
  userPath = join(root, "Settings", "directory.json");
  dataPath = join(root, "Data", "Settings", "directory.json");
  await mkdir(join(root, "Project"), { recursive: true });
  await writeFile(join(root, "Project", "ShopApp.4DProject"), "{}");
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function withCopies(copies: { user?: boolean; data?: boolean }): Promise<void> {
  if (copies.user) {
    await mkdir(join(root, "Settings"), { recursive: true });
    await writeFile(userPath, "{}");
  }
  if (copies.data) {
    await mkdir(join(root, "Data", "Settings"), { recursive: true });
    await writeFile(dataPath, "{}");
  }
}

async function located(target: string): Promise<DirectoryLocation> {
  const result = await locateDirectory(target);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("a project folder", () => {
  it("puts the data copy in force when both exist, and reports the user copy as shadowed", async () => {
    await withCopies({ user: true, data: true });
    expect(await located(root)).toEqual({
      projectRoot: root,
      projectName: "ShopApp",
      userPath,
      dataPath,
      inForce: { path: dataPath, copy: "data", exists: true },
      shadowed: { path: userPath, copy: "user" },
    });
  });

  it("uses the user copy when it is the only one", async () => {
    await withCopies({ user: true });
    const location = await located(root);
    expect(location.inForce).toEqual({ path: userPath, copy: "user", exists: true });
    expect(location.shadowed).toBeUndefined();
  });

  it("uses the data copy when it is the only one", async () => {
    await withCopies({ data: true });
    const location = await located(root);
    expect(location.inForce).toEqual({ path: dataPath, copy: "data", exists: true });
    expect(location.shadowed).toBeUndefined();
  });

  it("offers to create the user copy when there is none", async () => {
    const location = await located(root);
    expect(location.inForce).toEqual({ path: userPath, copy: "user", exists: false });
    expect(location.shadowed).toBeUndefined();
  });

  it("is named after the folder when it has no .4DProject", async () => {
    await rm(join(root, "Project"), { recursive: true });
    await withCopies({ user: true });
    expect((await located(root)).projectName).toBe("Shop");
  });

  it("is found from its Data folder too", async () => {
    await withCopies({ user: true, data: true });
    expect((await located(join(root, "Data"))).inForce.path).toBe(dataPath);
  });
});

describe("a .4DProject file", () => {
  it("locates the project two levels up, named after the file", async () => {
    await withCopies({ user: true, data: true });
    const location = await located(join(root, "Project", "ShopApp.4DProject"));
    expect(location.projectRoot).toBe(root);
    expect(location.projectName).toBe("ShopApp");
    expect(location.inForce.copy).toBe("data");
  });
});

describe("a Settings folder or a directory.json path", () => {
  it("puts the user copy in force as given, and reports the data copy that 4D actually uses", async () => {
    await withCopies({ user: true, data: true });
    for (const target of [join(root, "Settings"), userPath]) {
      const location = await located(target);
      expect(location.inForce).toEqual({ path: userPath, copy: "user", exists: true });
      expect(location.shadowed).toEqual({ path: dataPath, copy: "data" });
      expect(otherCopyWins(location)).toBe(true);
    }
  });

  it("puts the data copy in force as given", async () => {
    await withCopies({ user: true, data: true });
    for (const target of [join(root, "Data", "Settings"), dataPath]) {
      const location = await located(target);
      expect(location.inForce).toEqual({ path: dataPath, copy: "data", exists: true });
      expect(location.shadowed).toEqual({ path: userPath, copy: "user" });
      expect(otherCopyWins(location)).toBe(false);
    }
  });

  it("accepts a directory.json that does not exist yet in an existing project", async () => {
    const location = await located(userPath);
    expect(location.projectRoot).toBe(root);
    expect(location.inForce).toEqual({ path: userPath, copy: "user", exists: false });
  });

  it("takes a lone file outside any project as it is", async () => {
    const lone = join(tmp, "exports", "copy-of-directory.json");
    await mkdir(join(tmp, "exports"));
    await writeFile(lone, "{}");
    expect(await located(lone)).toEqual({
      projectRoot: undefined,
      projectName: "exports",
      userPath: undefined,
      dataPath: undefined,
      inForce: { path: lone, copy: "file", exists: true },
      shadowed: undefined,
    });
  });
});

describe("a target that cannot be used", () => {
  it("fails with not-found, naming the path and the fix", async () => {
    const missing = join(tmp, "Nowhere");
    const result = await locateDirectory(missing);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("not-found");
    expect(result.error.message).toContain(missing);
    expect(result.error.message).toContain("project folder");
  });

  it("fails with not-found for a directory.json in a project that does not exist", async () => {
    const result = await locateDirectory(join(tmp, "Gone", "Settings", "directory.json"));
    expect(result.ok ? "found" : result.error.code).toBe("not-found");
  });

  it("fails with not-a-project for a folder that is not a 4D project", async () => {
    await mkdir(join(tmp, "Photos"));
    const result = await locateDirectory(join(tmp, "Photos"));
    expect(result.ok ? "found" : result.error.code).toBe("not-a-project");
    expect(result.ok ? "" : result.error.message).toContain(join(tmp, "Photos"));
  });
});
