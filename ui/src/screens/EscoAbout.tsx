// The ESCO attribution on the about screen, with the data's version: its
// licence asks for it wherever ESCO is used, so it shows only when the
// ESCO data is there.
import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import type { EscoStatus } from "../bindings/EscoStatus";
import type { Messages } from "../i18n";

export function EscoAbout({ msg }: { msg: Messages }) {
  const [status, setStatus] = useState<EscoStatus | null>(null);
  useEffect(() => {
    api
      .escoStatus()
      .then(setStatus)
      .catch(() => setStatus(null));
  }, []);
  if (!status) return null;
  // `data-available` tells, once known, whether ESCO data is there.
  return (
    <div id="esco-about" data-available={String(status.available)}>
      {status.available && status.version && (
        <p id="esco-attribution" data-version={status.version}>
          {msg.t("esco-attribution-version", { version: status.version })}
        </p>
      )}
    </div>
  );
}
