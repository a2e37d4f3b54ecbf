/** Which copy of directory.json a path is: the data folder's, the user Settings', or a lone file. */
export type DirectoryCopy = "data" | "user" | "file";

/**
 * Where a project's directory.json lives, and which copy is in force.
 *
 * The data copy (`<root>/Data/Settings/directory.json`) takes priority over the user copy
 * (`<root>/Settings/directory.json`) when it exists; the other one is then `shadowed`.
 */
export interface DirectoryLocation {
  readonly projectRoot: string | undefined;
  readonly projectName: string;
  readonly userPath: string | undefined;
  readonly dataPath: string | undefined;
  readonly inForce: { readonly path: string; readonly copy: DirectoryCopy; readonly exists: boolean };
  readonly shadowed: { readonly path: string; readonly copy: "data" | "user" } | undefined;
}
