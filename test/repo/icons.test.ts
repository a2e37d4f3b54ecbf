import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ICNS_PIXELS, icnsTypes, icoSizes, pngSize } from "../../scripts/icon-files.mjs";

// Every platform's icons come from build/icon.svg through `npm run icons` (scripts/icons.mjs).

const BUILD = resolve(__dirname, "../../build");
const bytes = (name: string) => readFileSync(join(BUILD, name));
const pkg = JSON.parse(readFileSync(resolve(BUILD, "../package.json"), "utf8")) as { build: Record<string, { icon?: string }> };

describe("icons", () => {
  it("were drawn from the current build/icon.svg (run `npm run icons` after changing it)", () => {
    const digest = createHash("sha256").update(bytes("icon.svg")).digest("hex");
    expect(bytes("icons/source.sha256").toString("utf8")).toBe(`${digest}  icon.svg\n`);
  });

  it("Linux: one PNG per size, each of its size", () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) expect(pngSize(bytes(`icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
    expect(pngSize(bytes("icon.png"))).toEqual({ width: 1024, height: 1024 });
  });

  it("Windows: icon.ico holds 16 to 256 px", () => {
    expect(icoSizes(bytes("icon.ico"))).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it("macOS: icon.icns holds 16 to 1024 px", () => {
    const pixels = new Set(icnsTypes(bytes("icon.icns")).map((t) => ICNS_PIXELS[t]));
    for (const size of [16, 32, 64, 128, 256, 512, 1024]) expect(pixels).toContain(size);
  });

  it("the readers refuse what is not an icon (so the checks above can fail)", () => {
    expect(pngSize(bytes("icon.svg"))).toBeUndefined();
    expect(icoSizes(bytes("icon.png"))).toEqual([]);
    expect(icnsTypes(bytes("icon.ico"))).toEqual([]);
  });

  it("electron-builder takes them for each platform", () => {
    expect(pkg.build.mac?.icon).toBe("build/icon.icns");
    expect(pkg.build.win?.icon).toBe("build/icon.ico");
    expect(pkg.build.linux?.icon).toBe("build/icons");
  });
});
