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
import { Truncated } from "../../components/truncated";
import { fold } from "../../../shared/fold";

/**
 * One row of the users list: glyph, name, the kind of a built-in user and a "no password"
 * marker. Cheap: it reads only the row's UserInfo from the memoised model.
 *
 * Everything the row shows is in its label, so the option's accessible name is its visible text
 * ("jitCorp Designer", "Bob no password"): a screen reader hears what a sighted user sees.
 */
export function UserRow({ user }: { readonly user: UserInfo }) {
  const { t } = useTranslation("users");
  const kindText = user.kind === "user" ? null : t(`common:kind.${user.kind}`);
  // A built-in user still named as its kind ("Designer Designer") shows the word once; a screen
  // reader still hears the kind, which the colour and the glyph say to the eye.
  const repeated = kindText !== null && fold(kindText) === fold(user.name);
  return (
    <>
      <UserGlyph kind={user.kind} decorative />
      <Text slot="label" className="row-label">
        <ShownName className="row-name" name={user.name} />
        {kindText !== null && (repeated ? <> <span className="sr-only">{kindText}</span></> : <> <Truncated className={`row-meta row-shrink-first row-kind kind-${user.kind}`} text={kindText} /></>)}
        {user.password === "none" && <> <Truncated className="row-meta row-shrink row-nopass" text={t("row.noPassword")} /></>}
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
    // 4D numbers users by their place in the file and a project's settings may name them by number:
    // the users after this one move up, whether or not a settings file was found (it may be elsewhere).
    const renumbered = renumberedByDelete(doc, user.name);
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
        {pending && pending.renumbered > 0 && (
          <p className="notice notice-warning">
            {idsFile
              ? t("delete.renumbers", { file: idsFile, count: pending.renumbered })
              : t("delete.renumbersAny", { name: pending.user.name, count: pending.renumbered })}
          </p>
        )}
        <p className="muted">{t("delete.undo")}</p>
      </AppDialog>
    </>
  );
}
