import { Copy, Minus, Plus } from "lucide-react";
import { useState } from "react";
import { Button, Text } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { DirectoryDocument } from "../../../shared/document";
import { deleteUser, userReferences, type Reference } from "../../../shared/edits";
import type { UserInfo } from "../../../shared/model";
import { renumberedByDelete } from "../../../shared/queries";
import { UserGlyph } from "../../components/glyphs";
import { AppDialog } from "../../components/modal";
import { useAppStore } from "../../state/context";
import { useApplyEdit } from "../../state/use-apply-edit";
import { referenceText } from "../../shell/engine-text";
import { ShownName } from "../../components/shown-name";

/**
 * One row of the users list: glyph, name, the kind of a built-in user and a "no password"
 * marker. Cheap: it reads only the row's UserInfo from the memoised model.
 *
 * Everything the row shows is in its label, so the option's accessible name is its visible text
 * ("jitCorp Designer", "Bob no password"): a screen reader hears what a sighted user sees.
 */
export function UserRow({ user }: { readonly user: UserInfo }) {
  const { t } = useTranslation("users");
  const kind = user.kind === "user" ? null : t(`common:kind.${user.kind}`);
  return (
    <>
      <UserGlyph kind={user.kind} decorative />
      <Text slot="label" className="row-label">
        <ShownName className="row-name" name={user.name} />
        {kind && <> <span className={`row-meta row-kind kind-${user.kind}`}>{kind}</span></>}
        {user.password === "none" && <> <span className="row-meta row-nopass">{t("row.noPassword")}</span></>}
      </Text>
    </>
  );
}

/** Props of the + / duplicate / − buttons under the list. */
export interface UserToolbarProps {
  readonly doc: DirectoryDocument;
  readonly user: UserInfo | undefined;
  readonly onAdd: () => void;
  readonly onDuplicate: () => void;
}

/**
 * Add, Duplicate, Delete, as in 4D's Toolbox. Delete is disabled for the Designer and the
 * Administrator (and says why); a user that is referred to is deleted only after a dialog that
 * lists the references it removes; otherwise at once (undo brings it back).
 */
export function UserToolbar({ doc, user, onAdd, onDuplicate }: UserToolbarProps) {
  const { t } = useTranslation("users");
  const apply = useApplyEdit();
  const [pending, setPending] = useState<{ user: UserInfo; refs: readonly Reference[]; renumbered: number } | null>(null);
  const idsFile = useAppStore((s) => s.snapshot?.userIdsFile ?? null);
  const builtin = user !== undefined && user.kind !== "user";
  const why = builtin ? t(`toolbar.cannotDelete.${user.kind}`, { name: user.name }) : undefined;

  const remove = (target: UserInfo) => {
    setPending(null);
    // The page then selects the user that takes its place.
    apply((d) => deleteUser(d, target.name));
  };
  const askDelete = () => {
    if (!user) return;
    const refs = userReferences(doc, user.name);
    // settings.4DSettings may name users by number (file order): the users after this one move up.
    const renumbered = idsFile ? renumberedByDelete(doc, user.name) : 0;
    if (refs.length > 0 || renumbered > 0) setPending({ user, refs, renumbered });
    else remove(user);
  };

  return (
    <>
      <Button className="btn btn-icon" aria-label={t("toolbar.add")} onPress={onAdd}>
        <Plus size={14} aria-hidden="true" />
      </Button>
      <Button className="btn btn-icon" aria-label={t("toolbar.duplicate")} isDisabled={!user} onPress={onDuplicate}>
        <Copy size={14} aria-hidden="true" />
      </Button>
      {/* A disabled button gets no hover events, so the reason sits on a wrapper (and is read out). */}
      <span title={why} className="toolbar-slot">
        <Button className="btn btn-icon" aria-label={t("toolbar.delete")} aria-describedby={why ? "user-delete-why" : undefined} isDisabled={!user || builtin} onPress={askDelete}>
          <Minus size={14} aria-hidden="true" />
        </Button>
        {why && (
          <span id="user-delete-why" className="sr-only">
            {why}
          </span>
        )}
      </span>
      <AppDialog
        alert
        title={t("delete.title", { name: pending?.user.name ?? "" })}
        isOpen={pending !== null}
        onClose={() => setPending(null)}
        actions={
          <>
            <Button className="btn" onPress={() => setPending(null)}>
              {t("common:cancel")}
            </Button>
            <Button className="btn btn-primary btn-danger-primary" onPress={() => pending && remove(pending.user)}>
              {t("common:delete")}
            </Button>
          </>
        }
      >
        {pending && pending.refs.length > 0 && (
          <>
            <p>{t("delete.body", { name: pending.user.name, count: pending.refs.length })}</p>
            <ul className="delete-refs">
              {pending.refs.map((ref, i) => (
                <li key={i}>{referenceText(t, ref, true)}</li>
              ))}
            </ul>
          </>
        )}
        {pending && pending.renumbered > 0 && <p className="notice notice-warning">{t("delete.renumbers", { file: idsFile, count: pending.renumbered })}</p>}
        <p className="muted">{t("delete.undo")}</p>
      </AppDialog>
    </>
  );
}
