import { useTranslation } from "react-i18next";
import type { DirectoryDocument } from "../../../shared/document";
import type { DirectoryModel, UserInfo } from "../../../shared/model";
import { UserGlyph } from "../../components/glyphs";
import { MemberOf } from "./member-of";
import { UserNameField } from "./user-name-field";
import { PasswordSection } from "./password-section";
import { StartupMethod } from "./startup-method";

/** Props of the selected user's properties. */
export interface UserDetailsProps {
  readonly doc: DirectoryDocument;
  readonly model: DirectoryModel;
  readonly user: UserInfo;
  /** True when F2, a double-click or a new user asks for the name field. */
  readonly focusName: boolean;
  readonly onNameFocused: () => void;
}

/** The right-hand side of the Users page: name, kind and id, password, startup method, groups. */
export function UserDetails({ doc, model, user, focusName, onNameFocused }: UserDetailsProps) {
  const { t } = useTranslation("users");
  return (
    <section className="detail user-details" aria-label={t("detailsLabel", { name: user.name })}>
      <header className="user-header">
        <UserGlyph kind={user.kind} size={22} />
        <div className="user-header-text">
          <UserNameField name={user.name} focus={focusName} onFocused={onNameFocused} />
          <p className="user-facts muted">
            <span>{t("kindLine", { kind: t(`common:kind.${user.kind}`) })}</span>
            <span title={t("idHelp")}>{t("idLine", { id: user.index + 1 })}</span>
          </p>
        </div>
      </header>
      <PasswordSection user={user} model={model} />
      <StartupMethod user={user} />
      <section className="detail-section" aria-labelledby="user-member-heading">
        <h3 id="user-member-heading">{t("member.title")}</h3>
        <MemberOf doc={doc} model={model} userName={user.name} />
      </section>
    </section>
  );
}
