import { Check as CheckIcon, Minus } from "lucide-react";
import type { ReactNode } from "react";
import { Checkbox } from "react-aria-components";

/** A checkbox (React Aria: keyboard and screen-reader ready) with its label. */
export function Check(props: {
  readonly isSelected: boolean;
  readonly onChange?: (selected: boolean) => void;
  readonly isDisabled?: boolean;
  /** Some of a selection and not all (a bulk edit's box): drawn as a dash, read as "mixed". */
  readonly isIndeterminate?: boolean;
  readonly children: ReactNode;
  readonly "aria-label"?: string;
}) {
  return (
    <Checkbox
      className="check"
      isSelected={props.isSelected}
      isIndeterminate={props.isIndeterminate}
      onChange={props.onChange}
      isDisabled={props.isDisabled}
      aria-label={props["aria-label"]}
    >
      <span className="box" aria-hidden="true">
        {props.isIndeterminate ? <Minus size={11} strokeWidth={3} /> : props.isSelected && <CheckIcon size={11} strokeWidth={3} />}
      </span>
      {props.children}
    </Checkbox>
  );
}
