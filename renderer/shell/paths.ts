/**
 * A path as the header shows it: relative to the project folder when it lies inside it
 * (`Data/Settings/directory.json`), with the separators the path uses; otherwise the whole path.
 */
export function relativePath(path: string, root: string | undefined): string {
  if (!root) return path;
  const trimmed = root.replace(/[\\/]+$/, "");
  const rest = path.slice(trimmed.length);
  return path.startsWith(trimmed) && /^[\\/]/.test(rest) ? rest.slice(1) : path;
}
