// Dates and times in the reader's language (the webview's Intl: fluent.js
// has no calendar of its own). Times cross IPC as seconds since 1970.

export function dateText(lang: string, secs: number): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(secs * 1000));
}

export function dateTimeText(lang: string, secs: number): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" }).format(new Date(secs * 1000));
}
