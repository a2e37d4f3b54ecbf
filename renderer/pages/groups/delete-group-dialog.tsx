import { useMemo } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { DirectoryDocument } from "../../../shared/document";
import { deleteGroup, emptyGroup, otherGroupReferences } from "../../../shared/edits";
import { modelOf } from "../../../shared/model";
import { AppDialog } from "../../components/modal";
import { referenceText } from "../../shell/engine-text";
import { useApplyEdit } from "../../state/use-apply-edit";

/** Props of the delete dialog: the group (null: closed) and what to do once it is gone. */
export interface DeleteGroupDialogProps {
  readonly doc: DirectoryDocument;
  readonly group: string | null;
  readonly onClose: () => void;
  /** Called after the group was deleted, with its former position. */
  readonly onDeleted: (index: number) => void;
}

/**
 * "Delete group…": 4D cannot delete a group, so this says so, offers 4D's way (empty the group),
 * and lists every reference a forced delete would clear before doing it.
 */
export function DeleteGroupDialog({ doc, group, onClose, onDeleted }: DeleteGroupDialogProps) {
  const { t } = useTranslation("groups");
  const apply = useApplyEdit();
  const info = group !== null ? modelOf(doc).groupByName.get(group) : undefined;
  const refs = useMemo(() => (group !== null ? otherGroupReferences(doc, group) : []), [doc, group]);
  const name = group ?? "";
  const users = new Set(info?.users ?? []).size;
  const groups = new Set(info?.groups ?? []).size;
  const empty = users + groups === 0;

  const emptyInstead = () => {
    const emptied = apply((d) => emptyGroup(d, name), () => t("delete.emptied", { name, users, groups }));
    if (emptied.ok) onClose();
  };
  const deleteAnyway = () => {
    const index = info?.index ?? 0;
    const deleted = apply((d) => deleteGroup(d, name, { force: true }));
    if (!deleted.ok) return;
    onClose();
    onDeleted(index);
  };

  return (
    <AppDialog
      alert
      wide
      title={t("delete.title", { name })}
      isOpen={group !== null}
      onClose={onClose}
      actions={
        <>
          {/* The forced delete stands apart on the left; 4D's own way (emptying) is the primary action. */}
          <Button className="btn btn-danger group-delete-anyway" onPress={deleteAnyway}>
            {t("delete.confirm")}
          </Button>
          <Button className="btn" onPress={onClose}>
            {t("common:cancel")}
          </Button>
          <Button className="btn btn-primary" onPress={emptyInstead} isDisabled={empty}>
            {t("delete.empty")}
          </Button>
        </>
      }
    >
      <p>{t("delete.cannot")}</p>
      <p>
        {empty
          ? t("delete.alreadyEmpty", { name })
          : t("delete.members", { name, users: t("common:count.users", { count: users }), groups: t("common:count.groups", { count: groups }) })}
      </p>
      {refs.length > 0 ? (
        <>
          <p>{t("delete.references", { name, count: refs.length })}</p>
          <ul className="group-delete-refs" aria-label={t("delete.referencesLabel", { name })}>
            {refs.map((ref, i) => (
              <li key={i}>{referenceText(t, ref, true)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("delete.noReferences", { name })}</p>
      )}
      <p className="muted">{t("delete.undo")}</p>
    </AppDialog>
  );
}
