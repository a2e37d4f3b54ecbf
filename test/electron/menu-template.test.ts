import type { MenuItemConstructorOptions } from "electron";
import type { MenuCommand } from "../../shared/ipc-contract";
import { menuTemplate, type MenuActions } from "../../electron/main/menu-template";
import { nativeText } from "../../electron/main/native-text";

/** Every item of a template, depth first. */
const items = (template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
const labels = (template: readonly MenuItemConstructorOptions[]) => items(template).flatMap((item) => item.label ?? []);

function build(language: "en" | "fr", isMac = false) {
  const sent: MenuCommand[] = [];
  const actions: MenuActions = { command: (c) => sent.push(c), openRecent: () => undefined, openDocumentation: () => undefined };
  const recent = [{ target: "/projets/Factures", name: "Factures", openedAt: 0 }];
  return { template: menuTemplate(nativeText(language), recent, actions, isMac), sent };
}

describe("the native menu", () => {
  it("speaks French when the app does, File → Import Users… and Export… included", () => {
    const { template } = build("fr");
    expect(template.map((menu) => menu.label)).toEqual(["&Fichier", "&Édition", "&Affichage", "&Aide"]);
    const file = labels(template.slice(0, 1));
    expect(file).toEqual(
      expect.arrayContaining(["Ouvrir un projet…", "Factures — /projets/Factures", "Importer des utilisateurs…", "Exporter…", "Fermer le projet", "Quitter"]),
    );
    expect(labels(template)).toEqual(expect.arrayContaining(["Annuler", "Rétablir", "Couper", "Utilisateurs", "Groupes", "Pourquoi", "Plein écran"]));
  });

  it("has no English label left in French (the recent project's name aside), and every item a label", () => {
    const english = new Set(labels(build("en").template));
    const french = labels(build("fr").template).filter((label) => !label.includes("Factures"));
    expect(english.has("Import Users…")).toBe(true);
    expect(french.filter((label) => english.has(label))).toEqual([]);
    const unlabelled = items(build("fr").template).filter((item) => item.type !== "separator" && item.role !== "appMenu" && !item.label);
    expect(unlabelled).toEqual([]);
  });

  it("sends the renderer the command of the item chosen, in either language", () => {
    const { template, sent } = build("fr");
    const click = (label: string) => {
      const item = items(template).find((i) => i.label === label)!;
      (item.click as () => void)();
    };
    click("Importer des utilisateurs…");
    click("Exporter…");
    click("Enregistrer…");
    expect(sent).toEqual(["import", "export", "review"]);
  });

  it("leaves Quit to the app menu on macOS", () => {
    const { template } = build("fr", true);
    expect(template[0]).toEqual({ role: "appMenu" });
    expect(labels(template)).not.toContain("Quitter");
  });
});
