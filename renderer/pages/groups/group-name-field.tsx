import { TriangleAlert } from "lucide-react";
import { useCallback } from "react";
import { Text } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { renameGroup } from "../../../shared/edits";
import { EDITOR_NAME_LIMIT } from "../../../shared/keys";
import { NameField } from "../../components/name-field";
import { useAppStoreApi } from "../../state/context";
import { useEngineText } from "../../shell/engine-text";
import { useApplyEdit } from "../../state/use-apply-edit";

/** The group's name, renamed in place with its cascade; warns past 4D's 15-character editor limit. */
export function GroupNameField({ name, focus, onFocused }: { name: string; focus: boolean; onFocused: () => void }) {
  const { t } = useTranslation("groups");
  const store = useAppStoreApi();
  const apply = useApplyEdit();
  const text = useEngineText();
  const rename = useCallback(
    (next: string) => {
      const renamed = apply((doc) => renameGroup(doc, name, next), "inline");
      if (!renamed.ok) return renamed.error;
      // Choosing another group renames this one but keeps that choice.
      const { selectedGroup } = store.getState();
      if (selectedGroup === null || selectedGroup === name) store.getState().selectGroup(next);
      return null;
    },
    [name, apply, store],
  );
  const note = (value: string) =>
    value.length > EDITOR_NAME_LIMIT && (
      <Text slot="description" className="name-warning">
        <TriangleAlert size={13} aria-hidden="true" /> {t("longName", { limit: EDITOR_NAME_LIMIT, length: value.length })}
      </Text>
    );
  return <NameField key={name} label={t("name.label")} name={name} focus={focus} onFocused={onFocused} rename={rename} refusalText={text.refusal} note={note} />;
}
