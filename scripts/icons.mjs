// Draws every platform's icons from the one source drawing, build/icon.svg:
//   build/icons/<n>x<n>.png  Linux (electron-builder's icon set: desktop entry, hicolor theme)
//   build/icon.png           1024 px, the window icon and electron-builder's fallback
//   build/icon.ico           Windows (16–256 px; the installer, the .exe, shortcuts)
//   build/icon.icns          macOS (16–1024 px, including the @2x sizes)
//   build/icons/source.sha256  the digest of the drawing they came from (the tests compare it)
// Run it after changing the drawing:  npm run icons
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import png2icons from "png2icons";
import pngToIco from "png-to-ico";
import sharp from "sharp";

const build = fileURLToPath(new URL("../build/", import.meta.url));
const svg = readFileSync(`${build}icon.svg`);

/** Sizes of the Linux icon set (the hicolor theme's usual ones), also drawn for Windows and macOS. */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

// Each size is rendered from the vector drawing (not scaled down from a big bitmap), at a density
// that makes the SVG's 1024 user units exactly `size` pixels.
const render = (size) => sharp(svg, { density: (72 * size) / 1024 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

mkdirSync(`${build}icons`, { recursive: true });
const pngs = new Map();
for (const size of LINUX_SIZES) {
  const png = await render(size);
  pngs.set(size, png);
  writeFileSync(`${build}icons/${size}x${size}.png`, png);
}
writeFileSync(`${build}icon.png`, pngs.get(1024));
writeFileSync(`${build}icon.ico`, await pngToIco(ICO_SIZES.map((s) => pngs.get(s))));
// png2icons writes the ICNS entries macOS reads (icp4…ic10) from the 1024 px rendering.
png2icons.setLogger(() => undefined);
const icns = png2icons.createICNS(pngs.get(1024), png2icons.BICUBIC2, 0);
if (!icns) throw new Error("icons: png2icons could not build icon.icns");
writeFileSync(`${build}icon.icns`, icns);
writeFileSync(`${build}icons/source.sha256`, `${createHash("sha256").update(svg).digest("hex")}  icon.svg\n`);
console.log(`icons: ${LINUX_SIZES.length} PNG sizes, icon.ico (${ICO_SIZES.join(", ")}), icon.icns, from build/icon.svg`);
