import { watch } from "chokidar";
import { basename, dirname } from "node:path";

/**
 * Watches one file for changes made outside the app (4D, git, another editor).
 *
 * It watches the file's folder, not the file: `fs.watch` on a file stops after the first
 * rename-style save, which is how 4D, editors and our own atomic save replace it.
 * Returns a function that stops watching.
 */
export function watchFile(path: string, onChange: () => void): () => void {
  const name = basename(path);
  const watcher = watch(dirname(path), {
    depth: 0,
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 },
    ignored: (p: string) => p !== dirname(path) && basename(p) !== name,
  });
  watcher.on("all", (_event, changed) => {
    if (basename(changed) === name) onChange();
  });
  return () => void watcher.close();
}
