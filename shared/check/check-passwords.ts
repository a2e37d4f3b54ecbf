import type { DirectoryDocument } from "../document";
import { getKey, isJsonObject } from "../json";
import { modelOf, usersObject } from "../model";
import { passwordKind } from "../password-shape";
import { describeUser, FILE_TARGET, problem, userTarget, type Problem } from "./problems";

/**
 * What the stored passwords imply (docs/directory-json.md §4, §5.10): a value that is neither 4D's legacy hash nor
 * bcrypt (kept, warned); no Designer password, which leaves 4D's access control off; bcrypt
 * hashes, which 4D before v19 R3 cannot check (once per file, with the count).
 */
export function checkPasswords(doc: DirectoryDocument): readonly Problem[] {
  const model = modelOf(doc);
  const found: Problem[] = [];
  let bcrypt = 0;
  usersObject(doc).entries.forEach(([key, value], at) => {
    const user = model.users[at];
    if (!user) return;
    const stored = isJsonObject(value) ? getKey(value, "password") : undefined;
    const kind = stored === undefined ? "none" : typeof stored === "string" ? passwordKind(stored) : "unknown";
    if (kind === "bcrypt") bcrypt++;
    if (kind === "unknown") {
      const who = describeUser(user);
      found.push(
        problem(
          "warning",
          "unknown-password-hash",
          `The password of ${who} is neither a 4D legacy hash nor bcrypt: it is kept as is; set a new password if 4D cannot log this user in.`,
          { user: user.name },
          ["users", key, "password"],
          userTarget(user),
        ),
      );
    }
    if (kind === "none" && user.kind === "designer") {
      found.push(
        problem(
          "info",
          "access-control-off",
          `${capitalise(describeUser(user))} has no password, so 4D's access control is off: set a Designer password to turn it on.`,
          { user: user.name },
          ["users", key],
          userTarget(user),
        ),
      );
    }
  });
  if (bcrypt > 0) {
    const users = bcrypt === 1 ? "1 user has a bcrypt password" : `${bcrypt} users have bcrypt passwords`;
    found.push(
      problem(
        "info",
        "bcrypt-needs-v19r3",
        `${users}, which 4D before v19 R3 cannot check: set legacy passwords instead if the project must open in an older 4D.`,
        { count: bcrypt },
        ["users"],
        FILE_TARGET,
      ),
    );
  }
  return found;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
