/**
 * The URL decisions behind the window's lockdown, as plain functions (electron/main wires them in):
 * where the renderer loads from, which file an app:// request may read, which page may call IPC,
 * and which links open in the browser.
 *
 * The renderer loads from `app://renderer/index.html`, a privileged standard scheme served from the
 * built renderer folder alone (Electron security checklist item 18), not from file://: a file://
 * page could read any file:// URL, and Electron's GrantFileProtocolExtraPrivileges fuse can then
 * stay off.
 */
import { isAbsolute, relative, resolve } from "node:path";

/** The custom scheme the renderer is served from. */
export const APP_SCHEME = "app";
/** The one host of that scheme: the built renderer. */
export const APP_HOST = "renderer";
/** The page the window loads, and the only page whose IPC requests main answers. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The 4D documentation page the Help menu opens (users and groups). */
export const USERS_AND_GROUPS_DOC = "https://developer.4d.com/docs/Users/handling_users_groups";
/** Hosts of 4D's own documentation: the only links the app opens in the browser. */
const DOCUMENTATION_HOSTS: ReadonlySet<string> = new Set(["developer.4d.com", "doc.4d.com"]);

/**
 * The file under `root` a URL path names (`/` is index.html), or undefined when the path would
 * leave `root`: `..` or `.` segments (also percent-encoded), backslashes, NUL, drive letters, or
 * a path that is not valid percent-encoding. `pathname` is a URL's path, still encoded.
 */
export function rendererFile(root: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!path.startsWith("/") || path.includes("\\") || path.includes("\0")) return undefined;
  const segments = path.slice(1).split("/");
  if (segments.some((s) => s === ".." || s === "." || /^[A-Za-z]:/.test(s))) return undefined;
  const base = resolve(root);
  const file = resolve(base, path === "/" ? "index.html" : path.slice(1));
  const inside = relative(base, file);
  return inside === "" || inside.startsWith("..") || isAbsolute(inside) ? undefined : file;
}

/** The renderer file an `app://renderer/…` request reads, or undefined (another scheme or host, credentials, a port, or a path outside `root`). */
export function appFile(root: string, url: string): string | undefined {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) return undefined;
  return rendererFile(root, parsed.pathname);
}

/** True for the app's own page, exactly (no other path, query or fragment): the IPC sender check. */
export function isAppPage(url: string | undefined): boolean {
  return url === APP_PAGE_URL;
}

/** True for an https link into 4D's documentation: the only URLs a window-open request hands to the browser. */
export function isDocumentationLink(url: string): boolean {
  const parsed = parse(url);
  return parsed !== undefined && parsed.protocol === "https:" && DOCUMENTATION_HOSTS.has(parsed.hostname) && parsed.port === "" && !parsed.username && !parsed.password;
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
