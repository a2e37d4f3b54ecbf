import { useEffect, useRef, useState } from "react";
import { FieldError, Input, Label, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { renameUser } from "../../../shared/edits";
import { failureText } from "../../shell/engine-text";
import { useAppStoreApi } from "../../state/context";

/**
 * The selected user's name, editable in place: Enter or leaving the field renames (with every
 * reference), Escape puts the name back. A refusal stays under the field in one sentence.
 * `focusRequested` (F2, double-click, a new user) focuses the field with its text selected.
 */
export function NameField(props: { readonly name: string; readonly focusRequested: boolean; readonly onFocused: () => void }) {
  const { name, focusRequested, onFocused } = props;
  const { t } = useTranslation("users");
  const store = useAppStoreApi();
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | null>(null);
  // Another user selected, a rename undone: the field follows the name it shows.
  const [shown, setShown] = useState(name);
  if (shown !== name) {
    setShown(name);
    setValue(name);
    setError(null);
  }
  const input = useRef<HTMLInputElement>(null);
  // Escape blurs the field; the blur that follows must not rename.
  const cancelled = useRef(false);

  useEffect(() => {
    if (!focusRequested) return;
    input.current?.focus();
    input.current?.select();
    onFocused();
  }, [focusRequested, onFocused]);

  const commit = () => {
    if (value === name) {
      setError(null);
      return;
    }
    const refusal = store.getState().apply((doc) => renameUser(doc, name, value));
    if (refusal) {
      setError(failureText(t, refusal));
      return;
    }
    setError(null);
    store.getState().selectUser(value);
  };

  return (
    <TextField
      className="field user-name-field"
      value={value}
      onChange={(v) => {
        setValue(v);
        setError(null);
      }}
      isInvalid={error !== null}
      validationBehavior="aria"
      onKeyDown={(e) => {
        if (e.key === "Enter") commit();
        else if (e.key === "Escape") {
          cancelled.current = true;
          setValue(name);
          setError(null);
          input.current?.blur();
        } else e.continuePropagation();
      }}
      onBlur={() => {
        if (cancelled.current) cancelled.current = false;
        else commit();
      }}
    >
      <Label className="sr-only">{t("nameLabel")}</Label>
      <Input ref={input} className="user-name-input" spellCheck={false} />
      <FieldError className="field-error">{error}</FieldError>
    </TextField>
  );
}
