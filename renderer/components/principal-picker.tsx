import { Ban, ChevronDown, Globe, TriangleAlert, UserX } from "lucide-react";
import { useContext, useMemo, useState, type ReactNode } from "react";
import { Button, ComboBox, ComboBoxStateContext, Group, Input, Label, ListBox, ListBoxItem, Popover, Text, type Key } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { selectModel } from "../state/selectors";
import { useAppStore } from "../state/context";
import { GroupGlyph, UserGlyph } from "./glyphs";
import {
  missingOption,
  namedOptions,
  specialOptions,
  valueOfId,
  optionId,
  visibleOptions,
  type OptionKind,
  type PrincipalOption,
  type PrincipalTarget,
} from "./principal-options";
import "./principal-picker.css";
import { visibleName } from "../../shared/name-shape";
import { Truncated } from "./truncated";

/** Props of a principal picker. */
export interface PrincipalPickerProps {
  /** What the picker names: the label shown beside it (or only read out, see `showLabel`). */
  readonly label: string;
  /** The accessible name when it must say more than the visible label (e.g. the SQL schema). */
  readonly accessibleLabel?: string;
  readonly showLabel?: boolean;
  readonly target: PrincipalTarget;
  /** The stored value (`*`, `""`, a name); null when nothing is chosen (or the key is absent). */
  readonly value: string | null;
  readonly onChange: (value: string) => void;
  /** List Everybody / Nobody (groups) or No user (users) first; true unless said otherwise. */
  readonly specials?: boolean;
  /** What Nobody means here, shown under it (e.g. "only the Designer and Administrator"). */
  readonly nobodyHint?: string;
  /** Shown in the empty field when `value` is null (e.g. the 4D default of an absent key). */
  readonly placeholder?: string;
  /** Help and notes under the field, read out as the field's description. */
  readonly description?: ReactNode;
  readonly className?: string;
}

// Rendering 16,000 options at once would make the popover slow to open: the search narrows them.
const LIMIT = 100;

function OptionGlyph({ kind }: { kind: OptionKind }) {
  switch (kind) {
    case "everybody":
      return <Globe size={15} aria-hidden="true" className="glyph glyph-group" />;
    case "nobody":
      return <Ban size={15} aria-hidden="true" className="glyph glyph-group" />;
    case "noUser":
      return <UserX size={15} aria-hidden="true" className="glyph glyph-group" />;
    case "group":
      return <GroupGlyph />;
    case "missing":
      return <TriangleAlert size={15} aria-hidden="true" className="glyph picker-missing" />;
    default:
      return <UserGlyph kind={kind} />;
  }
}

/** The picker's text field: a click inside it opens the list, as a click on a menu does. */
function PickerInput({ placeholder }: { readonly placeholder: string | undefined }) {
  const state = useContext(ComboBoxStateContext);
  return <Input className="picker-input" placeholder={placeholder} onClick={() => state && !state.isOpen && state.open(null, "manual")} />;
}

/**
 * A searchable picker of a group or a user (React Aria ComboBox): Everybody / Nobody (or No user)
 * first, then the file's groups or users by name, with their glyphs. A stored name the file lacks
 * is kept as an option marked missing, so nothing changes until the person picks something else.
 */
export function PrincipalPicker(props: PrincipalPickerProps) {
  const { t, i18n } = useTranslation(["access", "common"]);
  const model = useAppStore(selectModel);
  const { target, value, onChange, specials: withSpecials = true } = props;
  // The text being typed; null while the field shows the chosen value.
  const [typing, setTyping] = useState<string | null>(null);

  const specialLabels = useMemo<{ readonly [K in OptionKind]?: string }>(
    () => ({ everybody: t("common:everybody"), nobody: t("common:nobody"), noUser: t("common:noUser") }),
    [t],
  );
  const specials = useMemo(() => (withSpecials ? specialOptions(target, specialLabels) : []), [withSpecials, target, specialLabels]);
  const names = useMemo(() => (model ? namedOptions(model, target, i18n.language) : []), [model, target, i18n.language]);
  const chosen = useMemo(
    () => (value === null ? undefined : (specials.find((o) => o.value === value) ?? names.find((o) => o.value === value))),
    [value, specials, names],
  );
  const extra = value !== null && !chosen ? missingOption(value) : undefined;
  const labelOf = (o: PrincipalOption | undefined) => (o === undefined ? "" : o.name ? visibleName(o.name) : (specialLabels[o.kind] ?? ""));
  const shownText = labelOf(chosen ?? extra);
  const query = typing !== null && typing !== shownText ? typing : "";
  const { options, total } = useMemo(() => visibleOptions(specials, names, extra, query, LIMIT), [specials, names, extra, query]);
  const hidden = total - Math.min(total, LIMIT);

  const pick = (key: Key | null) => {
    setTyping(null);
    if (key === null) return;
    const next = valueOfId(String(key));
    if (next !== value) onChange(next);
  };

  return (
    <ComboBox
      className={props.className ? `picker ${props.className}` : "picker"}
      aria-label={props.accessibleLabel ?? (props.showLabel ? undefined : props.label)}
      items={options}
      value={value === null ? null : optionId(value)}
      onChange={pick}
      inputValue={typing ?? shownText}
      onInputChange={setTyping}
      onOpenChange={(open, trigger) => open && trigger === "manual" && setTyping(null)}
      onBlur={() => setTyping(null)}
      allowsEmptyCollection
    >
      {props.showLabel &&
        (props.accessibleLabel ? (
          <span className="picker-label" aria-hidden="true">
            {props.label}
          </span>
        ) : (
          <Label className="picker-label">{props.label}</Label>
        ))}
      <Group className="picker-field">
        {(chosen ?? extra) && <OptionGlyph kind={(chosen ?? extra)!.kind} />}
        <PickerInput placeholder={props.placeholder} />
        <Button className="picker-button" aria-label={t("picker.show")}>
          <ChevronDown size={14} aria-hidden="true" />
        </Button>
      </Group>
      {props.description && (
        <Text slot="description" elementType="div" className="picker-description">
          {props.description}
        </Text>
      )}
      <Popover className="picker-popover" placement="bottom start" offset={2}>
        <ListBox<PrincipalOption> className="picker-list" renderEmptyState={() => <div className="picker-empty">{t("picker.noMatch", { query })}</div>}>
          {(option) => (
            <ListBoxItem id={option.id} textValue={labelOf(option)} className="picker-option">
              <OptionGlyph kind={option.kind} />
              <Text slot="label" className="picker-name">
                <Truncated text={labelOf(option)} />
              </Text>
              {option.kind === "nobody" && props.nobodyHint && (
                <Text slot="description" className="picker-hint">
                  {props.nobodyHint}
                </Text>
              )}
              {option.kind === "missing" && (
                <Text slot="description" className="picker-hint picker-missing">
                  {t("picker.missing")}
                </Text>
              )}
            </ListBoxItem>
          )}
        </ListBox>
        {hidden > 0 && (
          <div className="picker-more" role="status">
            {t("picker.more", { shown: LIMIT, total })}
          </div>
        )}
      </Popover>
    </ComboBox>
  );
}
