// Pictograms drawn inline (no icon font: nothing to download, and they show
// even where the system lacks emoji fonts). Decorative: every use sits
// next to a text label, so they are hidden from screen readers.
import type { EntryKind } from "./bindings/EntryKind";

const paths: Record<string, string[]> = {
  plus: ["M12 5v14", "M5 12h14"],
  check: ["M5 13l4 4L19 7"],
  close: ["M6 6l12 12", "M18 6L6 18"],
  next: ["M5 12h14", "M13 6l6 6-6 6"],
  back: ["M19 12H5", "M11 6l-6 6 6 6"],
  lock: ["M6 11h12v10H6z", "M8 11V7a4 4 0 0 1 8 0v4"],
  unlock: ["M6 11h12v10H6z", "M8 11V7a4 4 0 0 1 7.5-2"],
  eye: ["M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z", "M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6z"],
  globe: ["M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z", "M3 12h18", "M12 3c3 3 3 15 0 18", "M12 3c-3 3-3 15 0 18"],
  gear: ["M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6z", "M12 2v3", "M12 19v3", "M2 12h3", "M19 12h3", "M4.9 4.9l2.1 2.1", "M17 17l2.1 2.1", "M4.9 19.1L7 17", "M17 7l2.1-2.1"],
  sync: ["M4 12a8 8 0 0 1 14-5.3L20 9", "M20 4v5h-5", "M20 12a8 8 0 0 1-14 5.3L4 15", "M4 20v-5h5"],
  search: ["M10 4a6 6 0 1 0 0 12a6 6 0 1 0 0-12z", "M15 15l5 5"],
  edit: ["M4 20h4L19 9l-4-4L4 16z", "M13 7l4 4"],
  trash: ["M4 7h16", "M9 7V4h6v3", "M6 7l1 13h10l1-13"],
  camera: ["M3 8h4l2-3h6l2 3h4v11H3z", "M12 10a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7z"],
  mic: ["M9 6a3 3 0 0 1 6 0v5a3 3 0 0 1-6 0z", "M5 11a7 7 0 0 0 14 0", "M12 18v3", "M9 21h6"],
  stop: ["M7 7h10v10H7z"],
  sound: ["M9 17V5l10-2v12", "M6 14a3 3 0 1 0 0 6a3 3 0 1 0 0-6z", "M16 12a3 3 0 1 0 0 6a3 3 0 1 0 0-6z"],
  info: ["M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z", "M12 11v6", "M12 7.5v.5"],
  qr: ["M4 4h6v6H4z", "M14 4h6v6h-6z", "M4 14h6v6H4z", "M14 14h2v2h-2z", "M18 14h2", "M14 18h2v2", "M18 18h2v2h-2z"],
  badge: ["M12 3l7 3v5c0 5-3 8.5-7 10-4-1.5-7-5-7-10V6z", "M9 12l2 2 4-4"],
  scan: ["M4 8V4h4", "M16 4h4v4", "M20 16v4h-4", "M8 20H4v-4", "M7 12h10"],
  device: ["M7 2h10v20H7z", "M11 18h2"],
  picture: ["M3 5h18v14H3z", "M3 16l5-5 4 4 3-3 6 6", "M15 9.5a1.5 1.5 0 1 0 0.01 0"],
  save: ["M12 3v12", "M7 10l5 5 5-5", "M4 19h16"],
  open: ["M12 15V3", "M7 8l5-5 5 5", "M4 19h16"],
  key: ["M8 11a4 4 0 1 0 0 8a4 4 0 1 0 0-8z", "M11 12l9-9", "M17 6l3 3", "M15 8l2 2"],
  paper: ["M6 2h9l4 4v16H6z", "M14 2v5h5", "M9 12h7", "M9 16h7"],
  skill: ["M14.7 6.3a4 4 0 0 0-5.4 5.4L3 18l3 3 6.3-6.3a4 4 0 0 0 5.4-5.4l-2.5 2.5-2.4-.6-.6-2.4z"],
  qualification: ["M2 9l10-5 10 5-10 5z", "M6 11v5c3 2 9 2 12 0v-5", "M22 9v6"],
  experience: ["M3 7h18v13H3z", "M9 7V4h6v3", "M3 13h18"],
  language: ["M4 5h16v11H10l-5 4v-4H4z", "M8 10h8"],
  learning: ["M4 5c3-1 6-1 8 1 2-2 5-2 8-1v14c-3-1-6-1-8 1-2-2-5-2-8-1z", "M12 6v14"],
};

export type IconName = keyof typeof paths;

/** Arrows point the other way in right-to-left layouts (see styles.css). */
const directional = new Set(["next", "back"]);

export function Icon({ name, size = 24 }: { name: IconName | EntryKind; size?: number }) {
  return (
    <svg
      class={directional.has(name) ? "icon icon-dir" : "icon"}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {(paths[name] ?? []).map((d) => (
        <path d={d} />
      ))}
    </svg>
  );
}
