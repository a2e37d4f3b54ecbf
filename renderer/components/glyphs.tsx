import { ShieldCheck, User, UserCog, Users } from "lucide-react";
import { useTranslation } from "react-i18next";
import type { UserKind } from "../../shared/model";

/**
 * The user's icon as 4D shows it: the Designer red, the Administrator green, a plain person for
 * the rest — each with its kind as text for screen readers (and a tooltip).
 */
export function UserGlyph({ kind, size = 15, decorative = false }: { kind: UserKind; size?: number; decorative?: boolean }) {
  const { t } = useTranslation();
  const label = t(`kind.${kind}`);
  const Icon = kind === "designer" ? UserCog : kind === "administrator" ? ShieldCheck : User;
  // `decorative`: the kind is already said in words next to the icon (list rows).
  return (
    <span className={`glyph glyph-${kind}`} title={decorative ? undefined : label} aria-hidden={decorative || undefined}>
      <Icon size={size} aria-hidden="true" />
      {!decorative && <span className="sr-only">{label}</span>}
    </span>
  );
}

/** The group icon. */
export function GroupGlyph({ size = 15 }: { size?: number }) {
  return (
    <span className="glyph glyph-group" aria-hidden="true">
      <Users size={size} />
    </span>
  );
}
