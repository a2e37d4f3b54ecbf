// Readers for the icon files scripts/icons.mjs writes, so the tests and the packaging check see
// what a desktop would: a PNG's pixel size, the sizes an .ico holds, the entries of an .icns.

/** Width and height from a PNG's IHDR chunk; undefined when the bytes are not a PNG. */
export function pngSize(bytes) {
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature || bytes.toString("latin1", 12, 16) !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The square sizes an .ico holds (its directory: a width byte of 0 means 256). */
export function icoSizes(bytes) {
  if (bytes.length < 6 || bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) return [];
  const count = bytes.readUInt16LE(4);
  const sizes = [];
  for (let i = 0; i < count && 6 + 16 * (i + 1) <= bytes.length; i++) {
    const w = bytes[6 + 16 * i] || 256;
    const h = bytes[7 + 16 * i] || 256;
    if (w === h) sizes.push(w);
  }
  return sizes.sort((a, b) => a - b);
}

/** The four-letter entry types of an .icns (e.g. "ic10" is 1024 px); [] when not an .icns. */
export function icnsTypes(bytes) {
  if (bytes.length < 8 || bytes.toString("latin1", 0, 4) !== "icns" || bytes.readUInt32BE(4) !== bytes.length) return [];
  const types = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at + 4);
    if (length < 8) break;
    types.push(bytes.toString("latin1", at, at + 4));
    at += length;
  }
  return types;
}

/** The macOS icon sizes each .icns entry type carries (the @2x types count as their pixel size). */
export const ICNS_PIXELS = { is32: 16, il32: 32, icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512 };
