/**
 * The questions the editor asks of a directory.json: who belongs to what, who may do what, and
 * what a set of groups would be allowed. All answers are computed from one index per document.
 */
export { directoryIndex, type Closure, type DirectoryIndex } from "./graph";
export { ancestors, containedIn, effectiveGroups, routeLength, shownRoute, type GroupPath, type Membership } from "./effective";
export { directMembers, effectiveMembers, type DirectMembers, type MemberPath } from "./members";
export { rightEntries, type RightEntry, type RightSection } from "./catalogue";
export { userRights, type Grant, type UserRights, type Via } from "./rights";
export { accessHolders, licenceHolders, type Holder } from "./holders";
export { simulateGroups, type SimulatedSession } from "./simulate";
export { exportTable, membershipMatrix, membershipRows, pathText, ROWS_HEADER, type ExportLayout } from "./export";
export { renumberedByDelete } from "./numbers";
export { groupHierarchy, pathHierarchy, type Hierarchy, type HierarchyEdge, type HierarchyLimits, type HierarchyNode } from "./hierarchy";
