import { Check as CheckIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Checkbox } from "react-aria-components";

/** A checkbox (React Aria: keyboard and screen-reader ready) with its label. */
export function Check(props: {
  readonly isSelected: boolean;
  readonly onChange?: (selected: boolean) => void;
  readonly isDisabled?: boolean;
  readonly children: ReactNode;
  readonly "aria-label"?: string;
}) {
  return (
    <Checkbox className="check" isSelected={props.isSelected} onChange={props.onChange} isDisabled={props.isDisabled} aria-label={props["aria-label"]}>
      <span className="box" aria-hidden="true">
        {props.isSelected && <CheckIcon size={11} strokeWidth={3} />}
      </span>
      {props.children}
    </Checkbox>
  );
}
