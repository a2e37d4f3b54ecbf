import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { renameUser } from "../../../shared/edits";
import type { Failure } from "../../../shared/result";
import { NameField } from "../../components/name-field";
import { failureText } from "../../shell/engine-text";
import { useAppStoreApi } from "../../state/context";
import { useApplyEdit } from "../../state/use-apply-edit";

/** The user's name (the alias for the Designer and Administrator), renamed in place with its cascade. */
export function UserNameField({ name, focus, onFocused }: { name: string; focus: boolean; onFocused: () => void }) {
  const { t } = useTranslation("users");
  const store = useAppStoreApi();
  const apply = useApplyEdit();
  const rename = useCallback(
    (next: string) => {
      const renamed = apply((doc) => renameUser(doc, name, next), "inline");
      if (!renamed.ok) return renamed.error;
      store.getState().selectUser(next);
      return null;
    },
    [name, apply, store],
  );
  const refusalText = useCallback((failure: Failure) => failureText(t, failure), [t]);
  return <NameField key={name} label={t("nameLabel")} name={name} focus={focus} onFocused={onFocused} rename={rename} refusalText={refusalText} />;
}
