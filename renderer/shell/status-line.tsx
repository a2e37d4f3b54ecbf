import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore } from "../state/context";
import { selectDirty, selectModel } from "../state/selectors";

// "saved 2 minutes ago" is refreshed this often.
export const STATUS_REFRESH_MS = 30_000;

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** How long ago, in words of `language`: `just now` under a minute, then minutes, hours, days. */
export function timeAgo(elapsedMs: number, language: string, justNow: string): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: "auto" });
  for (const [unit, ms] of UNITS) {
    if (elapsedMs >= ms) return format.format(-Math.floor(elapsedMs / ms), unit);
  }
  return justNow;
}

/** The current time, refreshed every `STATUS_REFRESH_MS`. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), STATUS_REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Quiet facts at the bottom: `1,415 users · 193 groups · saved 2 minutes ago`, and `Edited`. */
export function StatusLine() {
  const { t, i18n } = useTranslation("shell");
  const model = useAppStore(selectModel);
  const dirty = useAppStore(selectDirty);
  const savedAt = useAppStore((s) => s.snapshot?.savedAt ?? null);
  const now = useNow();
  if (!model) return null;
  const number = new Intl.NumberFormat(i18n.language);
  const facts = [
    t("status.users", { count: model.users.length, n: number.format(model.users.length) }),
    t("status.groups", { count: model.groups.length, n: number.format(model.groups.length) }),
    ...(savedAt === null ? [] : [t("status.saved", { when: timeAgo(Math.max(0, now - savedAt), i18n.language, t("status.justNow")) })]),
  ];
  return (
    <footer className="status-line" aria-label={t("status.label")}>
      <span>{facts.join(" · ")}</span>
      {dirty && <span className="status-edited">{t("status.edited")}</span>}
    </footer>
  );
}
