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
        <NewPassphrase
          msg={msg}
          prefix=""
          label="app-passphrase"
          first={first}
          again={again}
          onFirst={setFirst}
          onAgain={setAgain}
        />
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
/** A new passphrase twice, with the strength hint under the first and,
 *  unless `toggle` is false, a Show/Hide button. Ids: `<prefix>passphrase`,
 *  `<prefix>strength`, `<prefix>passphrase-again`. */
export function NewPassphrase(props: {
  msg: Messages;
  prefix: string;
  /** The message id of the first field's label. */
  label: string;
  first: string;
  again: string;
  onFirst: (v: string) => void;
  onAgain: (v: string) => void;
  toggle?: boolean;
}) {
  const { msg, prefix, first } = props;
  const [visible, setVisible] = useState(false);
  const level = strength(first);
  return (
    <>
      <label for={`${prefix}passphrase`}>{msg.t(props.label)}</label>
      <SecretInput
        id={`${prefix}passphrase`}
        visible={visible}
        value={first}
        onInput={props.onFirst}
        describedBy={`${prefix}strength`}
      />
      <p id={`${prefix}strength`} class={`hint strength-${level}`} aria-live="polite">
        {first ? msg.t(`app-strength-${level}`, { min: MIN_CHARS }) : ""}
      </p>
      <label for={`${prefix}passphrase-again`}>{msg.t("app-passphrase-again")}</label>
      <SecretInput id={`${prefix}passphrase-again`} visible={visible} value={props.again} onInput={props.onAgain} />
      {props.toggle !== false && (
        <button type="button" class="secondary" onClick={() => setVisible(!visible)} aria-pressed={visible}>
          <Icon name="eye" /> {msg.t(visible ? "app-passphrase-hide" : "app-passphrase-show")}
        </button>
      )}
    </>
  );
}

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
