// Checks what the installers would ship, without an Electron binary (none can be downloaded on
// these machines): builds the app, packages it with electron-builder's `dir` target around a
// stand-in executable that carries Electron's fuse wire, then inspects the result — app.asar's
// entries and size, the bundled sample project, and the fuses electron-builder flipped.
//   npm run package:check
import { getCurrentFuseWire } from "@electron/fuses";
import { listPackage } from "@electron/asar";
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const work = mkdtempSync(join(tmpdir(), "4dde-package-"));
const dist = join(work, "electron");
mkdirSync(dist);
// Electron's fuse wire: the sentinel, wire version 1, eight fuses, each "0" or "1" as Electron ships them.
const SENTINEL = "dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX";
writeFileSync(join(dist, "electron"), Buffer.concat([Buffer.from("#!/bin/sh\n# stand-in\n"), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from("10110001")]));
chmodSync(join(dist, "electron"), 0o755);

execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
execFileSync(
  process.execPath,
  ["node_modules/electron-builder/cli.js", "--linux", "dir", `-c.electronDist=${dist}`, `-c.electronVersion=${pkg.devDependencies.electron}`, `-c.directories.output=${join(work, "out")}`],
  { stdio: ["ignore", "ignore", "inherit"] },
);

const app = join(work, "out", "linux-unpacked");
const asar = join(app, "resources", "app.asar");
const entries = listPackage(asar, { isPack: false }).map((e) => e.replaceAll("\\", "/"));
const failures = [];
const must = (ok, what) => ok || failures.push(what);
for (const entry of ["/package.json", "/out/main/index.js", "/out/preload/index.js", "/out/renderer/index.html", "/out/cli/index.js", "/bin/4d-directory.js"]) {
  must(entries.includes(entry), `app.asar lacks ${entry}`);
}
for (const dep of Object.keys(pkg.dependencies)) must(entries.includes(`/node_modules/${dep}/package.json`), `app.asar lacks the dependency ${dep}`);
// Bundled libraries (React, zustand…) and sources stay out: main, preload and renderer are bundles.
for (const bad of ["/node_modules/react/", "/node_modules/electron/", "/node_modules/vite/", "/test/", "/shared/", "/renderer/", "/electron/"]) {
  must(!entries.some((e) => e.startsWith(bad)), `app.asar should not hold ${bad}`);
}
must(!entries.some((e) => e.endsWith(".map")), "app.asar should not hold source maps");
must(existsSync(join(app, "resources", "sample-project", "Data", "Settings", "directory.json")), "the sample project is not in resources/");

const fuses = await getCurrentFuseWire(join(app, "4d-directory-editor"));
const expected = { 0: 48, 1: 49, 2: 48, 3: 48, 4: 49, 5: 49, 6: 48, 7: 49 };
const names = ["RunAsNode", "EnableCookieEncryption", "EnableNodeOptionsEnvironmentVariable", "EnableNodeCliInspectArguments", "EnableEmbeddedAsarIntegrityValidation", "OnlyLoadAppFromAsar", "LoadBrowserProcessSpecificV8Snapshot", "GrantFileProtocolExtraPrivileges"];
for (const [i, state] of Object.entries(expected)) must(fuses[i] === state, `fuse ${names[i]} is ${fuses[i] === 49 ? "on" : "off"}`);

console.log(`app.asar: ${entries.length} entries, ${(statSync(asar).size / 1e6).toFixed(2)} MB`);
console.log(`fuses: ${names.map((n, i) => `${n}=${fuses[i] === 49 ? "on" : "off"}`).join(", ")}`);
if (failures.length) {
  console.error(failures.map((f) => `package: ${f}`).join("\n"));
  process.exit(1);
}
console.log("package: ok");
