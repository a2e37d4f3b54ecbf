import { TriangleAlert } from "lucide-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { Input, Label, Text, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { renameGroup } from "../../../shared/edits";
import { EDITOR_NAME_LIMIT } from "../../../shared/keys";
import type { Failure } from "../../../shared/result";
import { useAppStoreApi } from "../../state/context";
import { useApplyEdit, useEngineText } from "./engine-text";

/** Props of the name field: the group's name, and whether to take focus (after Add, or F2). */
export interface NameFieldProps {
  readonly name: string;
  readonly focus: boolean;
  readonly onFocused: () => void;
}

/**
 * The group's name, editable in place: Enter, leaving the field, or choosing another group
 * renames (with its cascade); Escape puts the name back. Mount it with `key={name}` so a new
 * selection starts afresh; `focus` selects its text so typing renames, as in 4D.
 */
export function NameField({ name, focus, onFocused }: NameFieldProps) {
  const { t } = useTranslation("groups");
  const store = useAppStoreApi();
  const apply = useApplyEdit();
  const text = useEngineText();
  const [value, setValue] = useState(name);
  const [refusal, setRefusal] = useState<Failure | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // What was typed, and the last name tried: read when the field goes away (another group chosen).
  const typed = useRef(name);
  const tried = useRef<string | null>(null);

  useEffect(() => {
    if (!focus || !input.current) return;
    input.current.focus();
    input.current.select();
    onFocused();
  }, [focus, onFocused]);

  const commit = useCallback(
    (next: string) => {
      if (next === name || next === tried.current) return;
      tried.current = next;
      const renamed = apply((doc) => renameGroup(doc, name, next));
      if (!renamed.ok) return setRefusal(renamed.error);
      setRefusal(null);
      // Choosing another group renames this one but keeps that choice.
      const { selectedGroup } = store.getState();
      if (selectedGroup === null || selectedGroup === name) store.getState().selectGroup(next);
      store.getState().notify({ kind: "info", text: text.change(renamed.value) });
    },
    [name, apply, store, text],
  );

  // Clicking another group in the list unmounts this field without a blur: keep what was typed.
  useEffect(() => () => commit(typed.current), [commit]);

  const change = (next: string) => {
    setValue(next);
    typed.current = next;
    tried.current = null;
    setRefusal(null);
  };

  return (
    <TextField
      className="field group-name"
      value={value}
      onChange={change}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit(value);
        if (e.key === "Escape") change(name);
      }}
      onBlur={() => commit(value)}
      isInvalid={refusal !== null}
    >
      <Label>{t("name.label")}</Label>
      <Input ref={input} spellCheck={false} />
      {refusal && (
        <Text slot="errorMessage" className="inline-refusal" role="alert">
          {text.refusal(refusal)}
        </Text>
      )}
      {value.length > EDITOR_NAME_LIMIT && !refusal && (
        <Text slot="description" className="name-warning">
          <TriangleAlert size={13} aria-hidden="true" /> {t("longName", { limit: EDITOR_NAME_LIMIT, length: value.length })}
        </Text>
      )}
    </TextField>
  );
}
