import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { Input, Label, Text, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { hasEdgeSpaces, visibleName } from "../../shared/name-shape";
import type { Failure } from "../../shared/result";

/** Props of the in-place name field of the Users and Groups pages. */
export interface NameFieldProps {
  readonly label: string;
  readonly name: string;
  /** Take focus with the text selected (after Add, F2 or a double-click), then call onFocused. */
  readonly focus: boolean;
  readonly onFocused: () => void;
  /** Renames (with its cascade); answers the refusal, or null when done. */
  readonly rename: (next: string) => Failure | null;
  /** The refusal as a sentence in the UI's language. */
  readonly refusalText: (failure: Failure) => string;
  /** A note under the field for the value being typed (e.g. longer than 4D's editor accepts). */
  readonly note?: (value: string) => ReactNode;
  readonly className?: string;
}

/**
 * A name, editable in place: Enter, leaving the field, or choosing another row renames; Escape
 * puts the name back; a refusal stays under the field in one sentence. Mount it with
 * `key={name}` so a new selection starts afresh.
 */
export function NameField({ label, name, focus, onFocused, rename, refusalText, note, className }: NameFieldProps) {
  const { t } = useTranslation("audit");
  const [value, setValue] = useState(name);
  const [refusal, setRefusal] = useState<Failure | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // What was typed and the last name tried: read when the field goes away (another row chosen).
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
      setRefusal(rename(next));
    },
    [name, rename],
  );

  // Clicking another row unmounts this field without a blur: keep what was typed. (The cleanup
  // also runs when `commit` changes, where typed equals the name and it does nothing.)
  useEffect(() => () => commit(typed.current), [commit]);

  const change = (next: string) => {
    setValue(next);
    typed.current = next;
    tried.current = null;
    setRefusal(null);
  };

  return (
    <TextField
      className={`field name-field ${className ?? ""}`}
      value={value}
      onChange={change}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit(value);
        else if (e.key === "Escape") change(name);
        else e.continuePropagation();
      }}
      onBlur={() => commit(value)}
      isInvalid={refusal !== null}
    >
      <Label>{label}</Label>
      <Input ref={input} spellCheck={false} />
      {refusal ? (
        <Text slot="errorMessage" className="inline-refusal" role="alert">
          {refusalText(refusal)}
        </Text>
      ) : (
        <>
          {note?.(value)}
          {hasEdgeSpaces(value) && (
            <span className="name-edge-note" role="note">
              {t("edgeSpace.field", { shown: visibleName(value) })}
            </span>
          )}
        </>
      )}
    </TextField>
  );
}
