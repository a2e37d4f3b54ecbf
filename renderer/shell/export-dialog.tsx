import { useState } from "react";
import { Button, Label, Radio, RadioGroup, Text } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { ExportLayout } from "../../shared/queries/export";
import type { Failure } from "../../shared/result";
import { AppDialog } from "../components/modal";
import { useAppStore, useAppStoreApi } from "../state/context";
import { selectModel } from "../state/selectors";
import { failureText } from "./engine-text";

/** Past this many cells the matrix is said to be large (it grows with users × groups). */
const LARGE_MATRIX = 1_000_000;

/**
 * File → Export…: the memberships of the draft as CSV, either one row per membership (linear at
 * any size, and readable back by Import) or the users × groups matrix for small directories.
 */
export function ExportDialog() {
  const { t } = useTranslation("shell");
  const store = useAppStoreApi();
  const open = useAppStore((s) => s.csvDialog?.kind === "export");
  const model = useAppStore(selectModel);
  const project = useAppStore((s) => s.snapshot?.location.projectName ?? "directory");
  const [layout, setLayout] = useState<ExportLayout>("rows");
  const [error, setError] = useState<Failure | null>(null);
  const cells = (model?.users.length ?? 0) * (model?.groups.length ?? 0);

  const close = () => {
    setError(null);
    store.getState().closeCsvDialog();
  };
  const run = async () => {
    const written = await store.getState().exportCsv(layout, `${project}-${layout === "rows" ? "memberships" : "matrix"}.csv`);
    if (!written.ok) {
      setError(written.error);
      return;
    }
    if (written.value === null) return;
    close();
    store.getState().notify({ kind: "info", text: t("export.done", { count: written.value.lines, file: written.value.path }) });
  };

  return (
    <AppDialog
      title={t("export.title")}
      isOpen={open}
      onClose={close}
      actions={
        <>
          <Button className="btn" onPress={close}>
            {t("common:cancel")}
          </Button>
          <Button className="btn btn-primary" onPress={() => void run()}>
            {t("export.apply")}
          </Button>
        </>
      }
    >
      <RadioGroup className="field export-layout" value={layout} onChange={(v) => setLayout(v as ExportLayout)}>
        <Label className="field-label">{t("export.layout")}</Label>
        <Radio className="radio" value="rows">
          {t("export.rows")}
        </Radio>
        <Radio className="radio" value="matrix">
          {t("export.matrix")}
        </Radio>
        <Text slot="description" className="field-help muted">
          {layout === "rows" ? t("export.rowsHelp") : t("export.matrixHelp", { users: model?.users.length ?? 0, groups: model?.groups.length ?? 0 })}
        </Text>
      </RadioGroup>
      {layout === "matrix" && cells > LARGE_MATRIX && (
        <p className="notice notice-warning" role="note">
          {t("export.matrixLarge", { cells })}
        </p>
      )}
      <p className="field-help muted">{t("export.draft")}</p>
      {error && (
        <p className="notice notice-error" role="alert">
          {failureText(t, error)}
        </p>
      )}
    </AppDialog>
  );
}
