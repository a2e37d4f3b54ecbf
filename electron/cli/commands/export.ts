import { exportTable, type ExportLayout } from "../../../shared/queries/export";
import { csvLine } from "../../services/csv-export";
import { EXIT } from "../exit";
import type { Io } from "../io";
import { load } from "../session";

/**
 * `export <target> --csv [--rows]`: the users × groups matrix (a cell says `direct`, `via A ⊂ B`
 * or nothing), or with `--rows` one line per effective membership (`user,kind,group,how,path`),
 * linear at any size and readable back by `import`. Streamed line by line.
 */
export async function exportCsv(io: Io, target: string, layout: ExportLayout): Promise<number> {
  const loaded = await load(target);
  for (const row of exportTable(loaded.parsed.doc, layout)) io.out(csvLine(row));
  return EXIT.ok;
}
