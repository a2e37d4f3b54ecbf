import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { DirectoryDocument } from "../../../shared/document";
import type { DirectoryModel } from "../../../shared/model";
import { userRights } from "../../../shared/queries";
import { UserGlyph } from "../../components/glyphs";
import { PrincipalPicker } from "../../components/principal-picker";
import { useAppStore, useAppStoreApi } from "../../state/context";
import { Answer } from "./answer";
import { rightRows } from "./why-model";
import { ShownName } from "../../components/shown-name";

/**
 * "What is this user allowed, and why?": a user picker (it follows the Users page's selection, so
 * the page opens on the user selected there), then the user's groups, licences and access rights.
 */
export function UserAnswer({ doc, model }: { doc: DirectoryDocument; model: DirectoryModel }) {
  const { t } = useTranslation(["why", "common"]);
  const store = useAppStoreApi();
  const selected = useAppStore((s) => s.selectedUser);
  const user = selected === null ? undefined : model.userByName.get(selected);
  const rights = useMemo(() => (user ? userRights(doc, user.name) : undefined), [doc, user]);
  const rows = useMemo(() => (rights ? rightRows(model, rights, true) : undefined), [model, rights]);

  return (
    <>
      <PrincipalPicker
        className="why-picker"
        showLabel
        label={t("user.label")}
        target="user"
        specials={false}
        value={selected}
        placeholder={t("user.placeholder")}
        onChange={(name) => store.getState().selectUser(name)}
      />
      {selected === null ? (
        <p className="why-empty muted">{t("user.none")}</p>
      ) : !user || !rights || !rows ? (
        <p className="why-empty muted">{t("user.unknown", { name: selected })}</p>
      ) : (
        <>
          <h3 className="why-who">
            <UserGlyph kind={user.kind} />
            <ShownName name={user.name} />
            <span className="muted why-kind" aria-hidden="true">{t(`common:kind.${user.kind}`)}</span>
          </h3>
          <Answer model={model} groups={rights.groups} rows={rows} kind={user.kind} doc={doc} who={user.name} />
        </>
      )}
    </>
  );
}
