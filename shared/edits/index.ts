/**
 * The pure editing operations of the engine: `(doc, ...args) => Result<Edit>`.
 *
 * Each returns the new document and one change-log line, or a refusal that says what and why.
 */
export { UNCHANGED, type Change, type Edit, type EditResult, type Params } from "./edit";
export { setSetting, setSqlRight, DEFAULT_SCHEMA } from "./access";
export { addGroup, deleteGroup, duplicateGroup, emptyGroup, nextGroupName, otherGroupReferences, renameGroup } from "./groups";
export { giveLicence, licenceLabel } from "./licences";
export { addMember, nestingPath, removeMember, type Member } from "./members";
export { clearPassword, setPasswordValue } from "./passwords";
export { describeReference, groupReferences, referenceMessage, rightReference, userReferences, type Reference } from "./references";
export { addUser, deleteUser, duplicateUser, nextUserName, renameUser, setStartupMethod } from "./users";
export { addMembersToGroups, clearPasswords, deleteUsers, inFileOrder, removeMembersFromGroups, setPasswords, setStartupMethods } from "./bulk";
export { applyImport, importLayout, planImport, type ImportOptions, type ImportPlan, type ImportRow, type RefusedRow } from "./import";
