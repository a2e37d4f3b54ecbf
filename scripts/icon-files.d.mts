export function pngSize(bytes: Buffer): { width: number; height: number } | undefined;
export function icoSizes(bytes: Buffer): number[];
export function icnsTypes(bytes: Buffer): string[];
export const ICNS_PIXELS: Readonly<Record<string, number>>;
