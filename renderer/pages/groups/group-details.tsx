import { ChevronRight } from "lucide-react";
import { useMemo, useState } from "react";
import { useAfterPaint } from "../../components/after-paint";
import { HierarchyPicture } from "../../components/hierarchy";
import { Button, Disclosure, DisclosurePanel } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { DirectoryDocument } from "../../../shared/document";
import { modelOf, type DirectoryModel, type GroupInfo } from "../../../shared/model";
import { containedIn, groupHierarchy } from "../../../shared/queries";
import { GroupGlyph } from "../../components/glyphs";
import { useAppStoreApi } from "../../state/context";
import { EffectiveMembers } from "./effective-members";
import { Licences } from "./licences";
import { Members } from "./members";
import { GroupNameField } from "./group-name-field";

/** Props of the right-hand side of the Groups page. */
export interface GroupDetailsProps {
  readonly doc: DirectoryDocument;
  readonly model: DirectoryModel;
  readonly group: GroupInfo;
  /** True once, right after Add or F2: the name field takes focus with its text selected. */
  readonly focusName: boolean;
  readonly onNameFocused: () => void;
}

/** The groups whose `groups` list holds this one, each a link that selects it. */
function ContainedIn({ doc, group }: { readonly doc: DirectoryDocument; readonly group: string }) {
  const { t } = useTranslation("groups");
  const store = useAppStoreApi();
  const parents = useMemo(() => [...new Set(containedIn(doc, group))], [doc, group]);
  return (
    <div className="contained-in">
      <span className="contained-in-label">{t("containedIn.title")}</span>
      {parents.length === 0 ? (
        <span className="muted">{t("containedIn.none", { name: group })}</span>
      ) : (
        <ul aria-label={t("containedIn.title")}>
          {parents.map((parent) => (
            <li key={parent}>
              <Button className="link-button" onPress={() => store.getState().selectGroup(parent)}>
                <GroupGlyph size={13} />
                {parent}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The hierarchy picture: the group with the groups containing it above and those it contains
 * below (a few levels around it, never the whole file), each a link to its group.
 */
function Hierarchy({ doc, group }: { readonly doc: DirectoryDocument; readonly group: string }) {
  const { t } = useTranslation("hierarchy");
  const store = useAppStoreApi();
  const [open, setOpen] = useState(false);
  const hierarchy = useMemo(() => (open ? groupHierarchy(doc, group) : undefined), [open, doc, group]);
  return (
    <Disclosure className="disclosure group-hierarchy" isExpanded={open} onExpandedChange={setOpen}>
      <Button slot="trigger" className="disclosure-trigger">
        <ChevronRight size={14} aria-hidden="true" className="disclosure-chevron" />
        {t("groupTitle")}
      </Button>
      <DisclosurePanel className="disclosure-panel">
        {hierarchy && (
          <HierarchyPicture hierarchy={hierarchy} label={t("groupLabel", { name: group })} onOpenGroup={(name) => store.getState().selectGroup(name)} />
        )}
      </DisclosurePanel>
    </Disclosure>
  );
}

/** The selected group: its name, where it is nested, its members, who gets its rights, its licences. */
export function GroupDetails({ doc, model, group, focusName, onNameFocused }: GroupDetailsProps) {
  const { t } = useTranslation("groups");
  // Where the group is nested and who gets its rights need the whole nesting graph, rebuilt after
  // each edit (a tenth of a second at 16,000 groups): the box just ticked answers first, they follow.
  const later = useAfterPaint(doc);
  return (
    <div className="detail group-detail">
      <div className="group-heading">
        <GroupGlyph size={20} />
        <GroupNameField name={group.name} focus={focusName} onFocused={onNameFocused} />
      </div>
      <ContainedIn doc={later} group={group.name} />
      <Hierarchy doc={later} group={group.name} />
      <div className="group-sections">
        <div className="group-main">
          <section className="detail-section" aria-labelledby="group-members-title">
            <h3 id="group-members-title">{t("members.title")}</h3>
            <Members key={group.name} model={model} group={group} />
          </section>
          <section className="detail-section" aria-labelledby="group-effective-title">
            <EffectiveMembers doc={later} model={modelOf(later)} group={group.name} headingId="group-effective-title" />
          </section>
        </div>
        <section className="detail-section group-side" aria-labelledby="group-licences-title">
          <h3 id="group-licences-title">{t("licences.title")}</h3>
          <Licences doc={doc} group={group.name} />
        </section>
      </div>
    </div>
  );
}
