// Checks what the installers would ship, without an Electron binary (none can be downloaded on
// these machines): builds the app, packages it with electron-builder's Linux `tar.gz` target around
// a stand-in executable that carries Electron's fuse wire, unpacks the archive, then inspects what
// an admin would get — app.asar's entries and size, no sources or source maps, the bundled sample
// project, the desktop entry with its icons and the .4DProject association, and the fuses
// electron-builder flipped. 7-Zip: electron-builder fetches its own on first use; where Debian's
// p7zip-full is installed (/usr/bin/7za) it uses that instead.
//   npm run package:check
import { getCurrentFuseWire } from "@electron/fuses";
import { listPackage } from "@electron/asar";
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pngSize } from "./icon-files.mjs";

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const work = mkdtempSync(join(tmpdir(), "4dde-package-"));
const started = Date.now();
try {
  await check();
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function check() {
  const dist = join(work, "electron");
  mkdirSync(dist);
  // Electron's fuse wire: the sentinel, wire version 1, eight fuses, each "0" or "1" as Electron ships them.
  const SENTINEL = "dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX";
  writeFileSync(join(dist, "electron"), Buffer.concat([Buffer.from("#!/bin/sh\n# stand-in\n"), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from("10110001")]));
  chmodSync(join(dist, "electron"), 0o755);

  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
  const sevenZip = !process.env.ELECTRON_BUILDER_7ZIP_PATH && existsSync("/usr/bin/7za") ? { ELECTRON_BUILDER_7ZIP_PATH: "/usr/bin/7za" } : {};
  execFileSync(
    process.execPath,
    ["node_modules/electron-builder/cli.js", "--linux", "tar.gz", "--x64", "--publish", "never", `-c.electronDist=${dist}`, `-c.electronVersion=${pkg.devDependencies.electron}`, `-c.directories.output=${join(work, "out")}`],
    { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...sevenZip } },
  );

  // The archive an admin downloads, unpacked as they would (tar is on Linux, macOS and Windows 10+).
  const folder = `4D-Directory-Editor-${pkg.version}-linux-x64`;
  const archive = join(work, "out", `${folder}.tar.gz`);
  const failures = [];
  const must = (ok, what) => ok || failures.push(what);
  if (!existsSync(archive)) {
    console.error(`package: electron-builder wrote no ${folder}.tar.gz (found: ${readdirSync(join(work, "out")).join(", ")})`);
    process.exitCode = 1;
    return;
  }
  mkdirSync(join(work, "unpacked"));
  execFileSync("tar", ["-xzf", relative(join(work, "unpacked"), archive).replaceAll("\\", "/")], { cwd: join(work, "unpacked") });
  const app = join(work, "unpacked", folder);
  const files = walk(app).map((f) => relative(app, f).replaceAll("\\", "/"));

  const asar = join(app, "resources", "app.asar");
  const entries = listPackage(asar, { isPack: false }).map((e) => e.replaceAll("\\", "/"));
  for (const entry of ["/package.json", "/out/main/index.js", "/out/preload/index.js", "/out/renderer/index.html", "/out/cli/index.js", "/bin/4d-directory.js"]) {
    must(entries.includes(entry), `app.asar lacks ${entry}`);
  }
  for (const dep of Object.keys(pkg.dependencies)) must(entries.includes(`/node_modules/${dep}/package.json`), `app.asar lacks the dependency ${dep}`);
  // Bundled libraries (React, zustand…) and sources stay out: main, preload and renderer are bundles.
  for (const bad of ["/node_modules/react/", "/node_modules/electron/", "/node_modules/vite/", "/test/", "/shared/", "/renderer/", "/electron/", "/build/", "/scripts/"]) {
    must(!entries.some((e) => e.startsWith(bad)), `app.asar should not hold ${bad}`);
  }
  must(!entries.some((e) => e.endsWith(".map")), "app.asar should not hold source maps");
  must(!entries.some((e) => /\.[cm]?tsx?$/.test(e)), "app.asar should not hold TypeScript sources (a dependency's included)");
  must(!files.some((f) => f.endsWith(".map") || /\.tsx?$/.test(f)), "the archive should not hold sources or source maps");

  // The sample project the start screen offers.
  for (const f of ["Project/Sample.4DProject", "Data/Settings/directory.json", "Settings/directory.json"]) {
    must(files.includes(`resources/sample-project/${f}`), `the sample project lacks ${f}`);
  }

  // The desktop entry, its icons and the .4DProject association (installed by install-desktop-entry.sh).
  const exe = "4d-directory-editor";
  must(files.includes(exe), `the archive lacks the executable ${exe}`);
  if (process.platform !== "win32") must(existsSync(join(app, exe)) && (statSync(join(app, exe)).mode & 0o111) !== 0, `${exe} is not executable`);
  const desktop = readIf(join(app, `${exe}.desktop`));
  must(desktop !== undefined, `the archive lacks ${exe}.desktop`);
  const entry = Object.fromEntries((desktop ?? "").split("\n").filter((l) => l.includes("=")).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
  const mime = pkg.build.fileAssociations.find((a) => a.ext === "4DProject")?.mimeType;
  must(mime !== undefined, "package.json build.fileAssociations has no .4DProject entry with a mimeType");
  must(entry.Type === "Application" && entry.Name === pkg.productName, `${exe}.desktop: Type or Name is wrong`);
  must(entry.Exec?.split(" ")[0] === exe && entry.Exec?.includes("%F"), `${exe}.desktop: Exec should run ${exe} with %F`);
  must(entry.Icon === exe, `${exe}.desktop: Icon should be ${exe}`);
  must((entry.MimeType ?? "").split(";").includes(mime), `${exe}.desktop: MimeType should include ${mime}`);
  const mimeXml = readIf(join(app, `${exe}.xml`)) ?? "";
  must(mimeXml.includes(`type="${mime}"`) && mimeXml.includes('<glob pattern="*.4DProject"/>'), `${exe}.xml should map *.4DProject to ${mime}`);
  must(files.includes("install-desktop-entry.sh"), "the archive lacks install-desktop-entry.sh");
  for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
    const png = readIf(join(app, "icons", `${size}x${size}.png`), null);
    const got = png && pngSize(png);
    must(got?.width === size && got?.height === size, `icons/${size}x${size}.png is missing or not ${size}×${size}`);
  }

  const fuses = await getCurrentFuseWire(join(app, exe));
  const expected = { 0: 48, 1: 49, 2: 48, 3: 48, 4: 49, 5: 49, 6: 48, 7: 48 };
  const names = ["RunAsNode", "EnableCookieEncryption", "EnableNodeOptionsEnvironmentVariable", "EnableNodeCliInspectArguments", "EnableEmbeddedAsarIntegrityValidation", "OnlyLoadAppFromAsar", "LoadBrowserProcessSpecificV8Snapshot", "GrantFileProtocolExtraPrivileges"];
  for (const [i, state] of Object.entries(expected)) must(fuses[i] === state, `fuse ${names[i]} is ${fuses[i] === 49 ? "on" : "off"}`);

  console.log(`${folder}.tar.gz: ${(statSync(archive).size / 1e6).toFixed(2)} MB, ${files.length} files; app.asar: ${entries.length} entries, ${(statSync(asar).size / 1e6).toFixed(2)} MB`);
  console.log(`fuses: ${names.map((n, i) => `${n}=${fuses[i] === 49 ? "on" : "off"}`).join(", ")}`);
  if (failures.length) {
    console.error(failures.map((f) => `package: ${f}`).join("\n"));
    process.exitCode = 1;
    return;
  }
  console.log(`package: ok (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

function readIf(path, encoding = "utf8") {
  return existsSync(path) ? readFileSync(path, encoding ?? undefined) : undefined;
}
