// A QR code drawn at a whole number of screen pixels per module: scaled
// to any other width, modules come out unevenly (some 3 px, some 4 px
// wide) and cameras read them worse. As large as the screen allows.
import { useEffect, useState } from "preact/hooks";

/** Modules across a QR code of `version`, with its 4-module quiet zone. */
export function modulesAcross(version: number): number {
  return 17 + 4 * version + 8;
}

/** The widest whole-pixel size for `modules` within `available` pixels. */
export function qrPixels(modules: number, available: number): number {
  const perModule = Math.max(1, Math.floor(available / modules));
  return perModule * modules;
}

function available(): number {
  // The screen's width less the page padding, at most 32rem-ish.
  return Math.min(window.innerWidth - 32, 640);
}

export function QrCode(props: { id: string; svg: string; version: number; text: string; label: string }) {
  const [width, setWidth] = useState(available());
  useEffect(() => {
    const onResize = () => setWidth(available());
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);
  const px = qrPixels(modulesAcross(props.version), width);
  return (
    <div
      class="qr-box"
      id={props.id}
      role="img"
      aria-label={props.label}
      data-text={props.text}
      data-version={props.version}
      style={{ width: `${px}px` }}
      // Our own SVG, drawn by carnet-credential from the code's modules.
      dangerouslySetInnerHTML={{ __html: props.svg }}
    />
  );
}
