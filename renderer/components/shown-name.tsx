import { useTranslation } from "react-i18next";
import { hasEdgeSpaces, nameParts, SPACE_MARK } from "../../shared/name-shape";
import { Truncated } from "./truncated";

/** What a tooltip says of a name's edge spaces, or undefined when it has none. */
export function useEdgeSpaceNote(): (name: string) => string | undefined {
  const { t } = useTranslation("audit");
  return (name) => {
    if (!hasEdgeSpaces(name)) return undefined;
    const { lead, trail } = nameParts(name);
    const which = lead && trail ? "both" : lead ? "lead" : "trail";
    return t(`edgeSpace.${which}`, { count: [...(lead || trail)].length });
  };
}

/**
 * A user or group name with its leading and trailing spaces drawn as dots (`·test`) and a
 * tooltip saying so, so that `" test"` never looks like `test`. A screen reader hears the note
 * instead of the dots. Names without edge spaces render as plain text. Where the box is too
 * narrow the name ends in an ellipsis and its tooltip gives it whole (see Truncated).
 */
export function ShownName({ name, className }: { readonly name: string; readonly className?: string }) {
  const note = useEdgeSpaceNote()(name);
  if (note === undefined) return <Truncated className={className} text={name} />;
  const { lead, core, trail } = nameParts(name);
  const dots = (spaces: string) =>
    spaces ? (
      <span className="edge-space" aria-hidden="true">
        {SPACE_MARK.repeat([...spaces].length)}
      </span>
    ) : null;
  return (
    <Truncated className={className ? `${className} has-edge-space` : "has-edge-space"} text={name} note={note}>
      {dots(lead)}
      {core}
      {dots(trail)}
      <span className="sr-only"> ({note})</span>
    </Truncated>
  );
}
