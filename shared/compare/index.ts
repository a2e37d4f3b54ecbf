/**
 * Comparing two copies of directory.json and carrying differences across (pure: the CLI, main and
 * the renderer share it).
 */
export { compareDirectories, differenceCounts, memberKey, userNameIn, type Difference, type DifferenceCounts, type DifferenceKind, type NewerHint, type Pair, type Side } from "./compare";
export { describeDifference, type SideLabels } from "./describe";
export { positionLike, takeDifference, takeDifferences, type Taken } from "./take";
