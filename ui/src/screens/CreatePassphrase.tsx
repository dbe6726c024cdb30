import { useState } from "preact/hooks";
import { api } from "../api";
import type { IpcError } from "../bindings/IpcError";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { MIN_CHARS, strength } from "../passphrase";
import { ErrorLine, asIpcError } from "./ErrorLine";

export function CreatePassphrase(props: {
  msg: Messages;
  onBack: () => void;
  onCreated: () => void;
  onJoin: () => void;
  onRecover: () => void;
}) {
  const { msg } = props;
  const [first, setFirst] = useState("");
  const [again, setAgain] = useState("");
  const [visible, setVisible] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | string | null>(null);
  const level = strength(first);

  const submit = async (ev: Event) => {
    ev.preventDefault();
    if (first !== again) {
      setError("app-passphrase-mismatch");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.createLogbook(first);
      props.onCreated();
    } catch (e) {
      setError(asIpcError(e));
      setBusy(false);
    }
  };

  return (
    <main class="screen" id="screen-create">
      <h1>
        <Icon name="lock" /> {msg.t("app-create-title")}
      </h1>
      <p>{msg.t("app-create-intro")}</p>
      <form onSubmit={submit}>
        <label for="passphrase">{msg.t("app-passphrase")}</label>
        <SecretInput id="passphrase" visible={visible} value={first} onInput={setFirst} describedBy="strength" />
        <p id="strength" class={`hint strength-${level}`} aria-live="polite">
          {first ? msg.t(`app-strength-${level}`, { min: MIN_CHARS }) : ""}
        </p>
        <label for="passphrase-again">{msg.t("app-passphrase-again")}</label>
        <SecretInput id="passphrase-again" visible={visible} value={again} onInput={setAgain} />
        <button type="button" class="secondary" onClick={() => setVisible(!visible)} aria-pressed={visible}>
          <Icon name="eye" /> {msg.t(visible ? "app-passphrase-hide" : "app-passphrase-show")}
        </button>
        <ErrorLine msg={msg} error={error} />
        <div class="actions">
          <button type="button" class="secondary" onClick={props.onBack} disabled={busy}>
            <Icon name="back" /> {msg.t("app-back")}
          </button>
          <button type="submit" id="create" class="primary" disabled={busy || level === "too-short"}>
            <Icon name="check" /> {msg.t(busy ? "app-working" : "app-create")}
          </button>
        </div>
      </form>
      <section aria-labelledby="start-other" class="start-other">
        <h2 id="start-other">{msg.t("app-start-other")}</h2>
        <div class="actions">
          <button type="button" id="start-join" class="secondary wide" onClick={props.onJoin} disabled={busy}>
            <Icon name="device" /> {msg.t("app-start-join")}
          </button>
          <button type="button" id="start-recover" class="secondary wide" onClick={props.onRecover} disabled={busy}>
            <Icon name="paper" /> {msg.t("app-start-recover")}
          </button>
        </div>
      </section>
    </main>
  );
}

/** A new passphrase, hidden unless the person asked to see it. */
export function SecretInput(props: {
  id: string;
  visible: boolean;
  value: string;
  onInput: (value: string) => void;
  describedBy?: string;
}) {
  const common = {
    id: props.id,
    autocomplete: "new-password",
    value: props.value,
    "aria-describedby": props.describedBy,
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value),
  };
  return props.visible ? <input type="text" {...common} /> : <input type="password" {...common} />;
}
