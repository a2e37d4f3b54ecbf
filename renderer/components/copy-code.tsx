import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { Button, Tooltip, TooltipTrigger } from "react-aria-components";
import { useTranslation } from "react-i18next";

/**
 * A line of 4D code, shown as code (or, `compact`, only in the button's tooltip), with a Copy
 * button that puts it on the clipboard and says so for a moment (and to screen readers).
 */
export function CopyCode({ code, label, compact = false }: { readonly code: string; readonly label: string; readonly compact?: boolean }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(code);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <span className="copy-code">
      {!compact && (
        <code className="mono copy-code-text" title={code}>
          {code}
        </code>
      )}
      <TooltipTrigger delay={300}>
        <Button className={compact ? "btn btn-quiet btn-icon copy-code-button" : "btn btn-quiet copy-code-button"} aria-label={`${t("code.copy")} — ${label}`} onPress={() => void copy()}>
          {copied ? <Check size={13} aria-hidden="true" /> : <Copy size={13} aria-hidden="true" />}
          {!compact && (copied ? t("code.copied") : t("code.copy"))}
        </Button>
        <Tooltip className="tooltip">{code}</Tooltip>
      </TooltipTrigger>
      <span className="sr-only" role="status">
        {copied ? t("code.copiedLine", { code }) : ""}
      </span>
    </span>
  );
}
