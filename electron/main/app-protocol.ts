import { net, protocol } from "electron";
import { pathToFileURL } from "node:url";
import { APP_SCHEME, appFile } from "../services/app-url";

/**
 * Declares app:// a standard, secure scheme (relative URLs, 'self' in the CSP, fetch and module
 * scripts work as on https). It does not bypass the CSP. Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);
}

/** Serves app://renderer/… from the built renderer folder alone; anything else is a 404. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = appFile(rendererDir, request.url);
    if (file === undefined) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
    return net.fetch(pathToFileURL(file).toString());
  });
}
