import { join, resolve } from "node:path";
import { APP_PAGE_URL, appFile, isAppPage, isDocumentationLink, rendererFile, USERS_AND_GROUPS_DOC } from "../../electron/services/app-url";

const ROOT = resolve("/opt/app/out/renderer");

describe("app:// files (the renderer folder alone)", () => {
  it("maps the app's own URLs to files under the renderer folder", () => {
    expect(appFile(ROOT, APP_PAGE_URL)).toBe(join(ROOT, "index.html"));
    expect(appFile(ROOT, "app://renderer/")).toBe(join(ROOT, "index.html"));
    expect(appFile(ROOT, "app://renderer/assets/index-abc.js?v=1#x")).toBe(join(ROOT, "assets", "index-abc.js"));
    expect(appFile(ROOT, "app://renderer/assets/a%20b.css")).toBe(join(ROOT, "assets", "a b.css"));
  });

  it.each([
    ["an encoded slash hiding a parent segment", "app://renderer/assets%2f..%2f..%2fmain%2findex.js"],
    ["an encoded backslash", "app://renderer/..%5c..%5cmain%5cindex.js"],
    ["a NUL byte", "app://renderer/index.html%00.png"],
    ["a drive letter", "app://renderer/C:/Windows/win.ini"],
    ["broken percent-encoding", "app://renderer/%E0%A4%A"],
    ["another host", "app://main/index.js"],
    ["credentials", "app://user:pw@renderer/index.html"],
    ["another scheme", "file:///opt/app/out/renderer/index.html"],
    ["not a URL", "renderer/index.html"],
  ])("refuses %s", (_why, url) => {
    expect(appFile(ROOT, url)).toBeUndefined();
  });

  it("dot segments a URL parser removes still land inside the folder", () => {
    // The WHATWG parser folds "/assets/../../x" to "/x" before the handler sees it.
    expect(appFile(ROOT, "app://renderer/assets/../../../etc/passwd")).toBe(join(ROOT, "etc", "passwd"));
    expect(appFile(ROOT, "app://renderer/%2e%2e/%2e%2e/etc/passwd")).toBe(join(ROOT, "etc", "passwd"));
  });

  it("refuses traversal in a raw path too (the e2e harness serves the renderer through it)", () => {
    expect(rendererFile(ROOT, "/../main/index.js")).toBeUndefined();
    expect(rendererFile(ROOT, "/assets/./x.js")).toBeUndefined();
    expect(rendererFile(ROOT, "relative.js")).toBeUndefined();
    expect(rendererFile(ROOT, "/assets/x.js")).toBe(join(ROOT, "assets", "x.js"));
  });
});

describe("the IPC sender check", () => {
  it("trusts the app's page exactly, nothing else", () => {
    expect(isAppPage(APP_PAGE_URL)).toBe(true);
    for (const url of [undefined, "", "app://renderer/", "app://renderer/index.html?x", "app://renderer/index.html#x", "app://renderer/other.html", "app://evil/index.html", "file:///opt/app/out/renderer/index.html", "https://renderer/index.html"]) {
      expect(isAppPage(url)).toBe(false);
    }
  });
});

describe("links opened in the browser", () => {
  it("only https links into 4D's documentation", () => {
    expect(isDocumentationLink(USERS_AND_GROUPS_DOC)).toBe(true);
    expect(isDocumentationLink("https://doc.4d.com/4Dv20/4D/20/Users-and-groups.300-6330493.en.html")).toBe(true);
    for (const url of [
      "http://developer.4d.com/docs/Users/handling_users_groups",
      "https://developer.4d.com.evil.example/docs",
      "https://evil.example/?developer.4d.com",
      "https://user@developer.4d.com/docs",
      "https://developer.4d.com:8443/docs",
      "file:///etc/passwd",
      "javascript:alert(1)",
      "app://renderer/index.html",
      "not a url",
    ]) {
      expect(isDocumentationLink(url)).toBe(false);
    }
  });
});
