import type { ReactNode } from "react";
import { Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";

/** Props of an app dialog. */
export interface AppDialogProps {
  readonly title: string;
  readonly isOpen: boolean;
  readonly onClose: () => void;
  /** The buttons at the bottom right (primary last, as on macOS and in 4D). */
  readonly actions: ReactNode;
  readonly children: ReactNode;
  readonly wide?: boolean;
  /** Alert dialogs (confirming what cannot be undone) use role alertdialog. */
  readonly alert?: boolean;
}

/** A modal dialog (React Aria: focus trapped, Escape closes, labelled by its title). */
export function AppDialog({ title, isOpen, onClose, actions, children, wide, alert }: AppDialogProps) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className={wide ? "modal modal-wide" : "modal"}>
        <Dialog className="dialog" role={alert ? "alertdialog" : "dialog"}>
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          <div className="dialog-body">{children}</div>
          <div className="dialog-actions">{actions}</div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
