import { X } from "lucide-react";
import { useMemo, useState, type FormEvent } from "react";
import { Button, Input, Label, SearchField, Tag, TagGroup, TagList, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { DirectoryDocument } from "../../../shared/document";
import type { DirectoryModel } from "../../../shared/model";
import { simulateGroups } from "../../../shared/queries";
import { setGroupAccessLine } from "../../../shared/fourd-code";
import { CopyCode } from "../../components/copy-code";
import { Check } from "../../components/check";
import { fold } from "../../../shared/fold";
import { namedOptions } from "../../components/principal-options";
import { Answer } from "./answer";
import { parseNames, rightRows } from "./why-model";

// Ticking among 16,000 groups happens through the filter: only the first matches are drawn.
const LIMIT = 200;

/**
 * "Simulate these groups" (4D's SET GROUP ACCESS): the person ticks groups, or pastes the names
 * their code passes; the page shows what a session with exactly these groups would get, and which
 * names 4D would ignore because they are not groups of the file.
 */
export function SimulateAnswer({ doc, model }: { doc: DirectoryDocument; model: DirectoryModel }) {
  const { t, i18n } = useTranslation("why");
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [filter, setFilter] = useState("");
  const [typed, setTyped] = useState("");
  const groups = useMemo(() => namedOptions(model, "group", i18n.language), [model, i18n.language]);
  const matching = useMemo(() => {
    const q = fold(filter.trim());
    return q ? groups.filter((g) => g.folded.includes(q)) : groups;
  }, [groups, filter]);
  const session = useMemo(() => simulateGroups(doc, chosen), [doc, chosen]);
  const rows = useMemo(() => rightRows(model, session, false), [model, session]);

  const toggle = (name: string, on: boolean) => setChosen((list) => (on ? [...list, name] : list.filter((n) => n !== name)));
  const add = (event: FormEvent) => {
    event.preventDefault();
    const names = parseNames(typed);
    setChosen((list) => [...list, ...names.filter((n, i) => !list.includes(n) && names.indexOf(n) === i)]);
    setTyped("");
  };

  return (
    <div className="why-simulate">
      <div className="why-chooser">
        <SearchField className="why-filter" value={filter} onChange={setFilter} aria-label={t("simulate.filter")}>
          <Input placeholder={t("simulate.filter")} />
        </SearchField>
        {groups.length === 0 ? (
          <p className="muted">{t("simulate.noGroups")}</p>
        ) : (
          <div className="why-checks" role="group" aria-label={t("simulate.groups")}>
            {matching.slice(0, LIMIT).map((g) => (
              <Check key={g.value} isSelected={chosen.includes(g.value)} onChange={(on) => toggle(g.value, on)}>
                {g.value}
              </Check>
            ))}
            {matching.length === 0 && <p className="muted">{t("simulate.noMatch", { query: filter })}</p>}
          </div>
        )}
        {matching.length > LIMIT && (
          <p className="why-more muted" role="status">
            {t("simulate.more", { shown: LIMIT, total: matching.length })}
          </p>
        )}
        <form className="why-names" onSubmit={add}>
          <TextField className="field" value={typed} onChange={setTyped}>
            <Label>{t("simulate.addNames")}</Label>
            <Input />
          </TextField>
          <Button type="submit" className="btn" isDisabled={parseNames(typed).length === 0}>
            {t("simulate.add")}
          </Button>
        </form>
        <p className="why-help muted">{t("simulate.addNamesHelp")}</p>
      </div>
      <div className="why-result">
        {chosen.length === 0 ? (
          <p className="why-empty muted">{t("simulate.none")}</p>
        ) : (
          <>
            <div className="why-chosen">
              <TagGroup
                className="why-tags"
                aria-label={t("simulate.chosen")}
                onRemove={(keys) => setChosen((list) => list.filter((n) => !keys.has(n)))}
              >
                <TagList className="why-tag-list">
                  {chosen.map((name) => (
                    <Tag key={name} id={name} textValue={name} className="why-tag">
                      {name}
                      <Button slot="remove" className="why-tag-remove" aria-label={t("simulate.remove")}>
                        <X size={11} aria-hidden="true" />
                      </Button>
                    </Tag>
                  ))}
                </TagList>
              </TagGroup>
              <Button className="btn" onPress={() => setChosen([])}>
                {t("simulate.clear")}
              </Button>
            </div>
            {session.ignored.length > 0 && (
              <p className="notice notice-warning">{t("simulate.ignored", { names: session.ignored.join(", ") })}</p>
            )}
            <p className="why-code">
              <span className="muted">{t("simulate.code")}</span> <CopyCode code={setGroupAccessLine(chosen.filter((n) => !session.ignored.includes(n)))} label={t("simulate.codeLabel")} />
            </p>
            <p className="why-lead">{t("simulate.result")}</p>
            <Answer model={model} groups={session.groups} rows={rows} />
            <p className="why-help muted">{t("simulate.userSettings")}</p>
          </>
        )}
      </div>
    </div>
  );
}
