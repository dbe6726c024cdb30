import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../api";
import type { IpcError } from "../bindings/IpcError";
import type { PairOfferView } from "../bindings/PairOfferView";
import type { PairRequestView } from "../bindings/PairRequestView";
import { Icon } from "../icons";
import type { Messages } from "../i18n";
import { clock, secondsLeft } from "../pairing";
import { ErrorLine, asIpcError } from "./ErrorLine";

type Step =
  | { at: "idle" }
  | { at: "passphrase" }
  | { at: "code"; offer: PairOfferView }
  | { at: "request"; offer: PairOfferView; request: PairRequestView }
  | { at: "done"; name: string; approved: boolean };

/**
 * "Add another device" on the sync screen: the passphrase (the logbook's
 * secret is sealed to the new device), then the code as a QR picture and
 * as text with its countdown, then who answered with the fingerprint to
 * compare, then Yes or No. Every wait can be cancelled.
 */
export function PairDevice(props: { msg: Messages; disabled: boolean; onPaired: () => void }) {
  const { msg } = props;
  const [step, setStep] = useState<Step>({ at: "idle" });
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [now, setNow] = useState(Date.now());
  // Each code gets a number; an answer for an older one is ignored.
  const round = useRef(0);
  // Each step shows below the sync controls: bring it into view.
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (step.at !== "idle") section.current?.scrollIntoView({ block: "start" });
  }, [step.at]);

  // Leaving the screen stops a pairing in progress.
  useEffect(
    () => () => {
      if (round.current > 0) api.pairCancel().catch(() => undefined);
    },
    [],
  );

  const waiting = step.at === "code";
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waiting]);

  const show = async (ev: Event) => {
    ev.preventDefault();
    setBusy(true);
    setError(null);
    const mine = ++round.current;
    try {
      const offer = await api.pairStart(passphrase);
      setPassphrase("");
      setNow(Date.now());
      setStep({ at: "code", offer });
      setBusy(false);
      const request = await api.pairWait();
      if (round.current === mine) setStep({ at: "request", offer, request });
    } catch (e) {
      if (round.current !== mine) return;
      setBusy(false);
      const err = asIpcError(e);
      // A cancel the person asked for is not an error to show.
      if (err.code !== "sync-cancelled") setError(err);
      setStep((s) => (s.at === "passphrase" ? s : { at: "idle" }));
    }
  };

  const answer = async (approve: boolean) => {
    if (step.at !== "request") return;
    const name = step.request.name;
    setBusy(true);
    setError(null);
    try {
      await api.pairAnswer(approve);
      setStep({ at: "done", name, approved: approve });
      if (approve) props.onPaired();
    } catch (e) {
      setError(asIpcError(e));
      setStep({ at: "idle" });
    }
    setBusy(false);
  };

  const cancel = async () => {
    round.current++;
    setStep({ at: "idle" });
    setPassphrase("");
    setBusy(false);
    await api.pairCancel().catch(() => undefined);
  };

  const again = () => {
    setError(null);
    setStep({ at: "passphrase" });
  };

  return (
    <section aria-labelledby="pair-title" id="pair" ref={section}>
      <h2 id="pair-title">
        <Icon name="device" /> {msg.t("app-pair-title")}
      </h2>
      {step.at === "idle" && (
        <>
          <p>{msg.t("app-pair-intro")}</p>
          <ErrorLine msg={msg} error={error} />
          <div class="actions">
            <button type="button" id="pair-start" class="primary" disabled={props.disabled} onClick={again}>
              <Icon name="plus" /> {msg.t(error ? "app-pair-again" : "app-pair-start")}
            </button>
          </div>
        </>
      )}
      {step.at === "passphrase" && (
        <form onSubmit={show}>
          <label for="pair-passphrase">{msg.t("app-pair-passphrase")}</label>
          <input
            id="pair-passphrase"
            type="password"
            autocomplete="current-password"
            value={passphrase}
            onInput={(e) => setPassphrase(e.currentTarget.value)}
          />
          <ErrorLine msg={msg} error={error} />
          {busy && <progress class="wait" aria-label={msg.t("app-working")} />}
          <div class="actions">
            <button type="button" class="secondary" onClick={cancel} disabled={busy}>
              <Icon name="close" /> {msg.t("app-cancel")}
            </button>
            <button type="submit" id="pair-show" class="primary" disabled={busy || !passphrase}>
              <Icon name="qr" /> {msg.t(busy ? "app-working" : "app-pair-show")}
            </button>
          </div>
        </form>
      )}
      {step.at === "code" && (
        <div class="pairing">
          <p>{msg.t("app-pair-scan")}</p>
          <img
            id="pair-qr"
            class="qr"
            alt={msg.t("app-pair-qr-alt")}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(step.offer.svg)}`}
          />
          <label for="pair-code">{msg.t("app-pair-code-label")}</label>
          {/* Spaces are part of the code (Base45): shown as they are. */}
          <output id="pair-code" class="code">
            {step.offer.code}
          </output>
          <p id="pair-expires" aria-live="off">
            {msg.t("app-pair-expires", { time: clock(secondsLeft(step.offer.expiresMs, now)) })}
          </p>
          <div class="progress" role="status">
            <span>{msg.t("app-pair-waiting")}</span>
            <progress class="wait" />
          </div>
          <div class="actions">
            <button type="button" id="pair-cancel" class="secondary" onClick={cancel}>
              <Icon name="close" /> {msg.t("app-cancel")}
            </button>
          </div>
        </div>
      )}
      {step.at === "request" && (
        <div class="pairing" role="alert">
          <p id="pair-request">{msg.t("app-pair-request", { name: step.request.name })}</p>
          <p>{msg.t("app-pair-compare")}</p>
          <p id="pair-fingerprint" class="fingerprint">
            {step.request.fingerprint}
          </p>
          <ErrorLine msg={msg} error={error} />
          <div class="actions">
            <button type="button" id="pair-refuse" class="secondary" onClick={() => answer(false)} disabled={busy}>
              <Icon name="close" /> {msg.t("app-pair-refuse")}
            </button>
            <button type="button" id="pair-approve" class="primary" onClick={() => answer(true)} disabled={busy}>
              <Icon name="check" /> {msg.t(busy ? "app-working" : "app-pair-approve")}
            </button>
          </div>
        </div>
      )}
      {step.at === "done" && (
        <>
          <p role="status" id="pair-done" class={step.approved ? "ok" : ""}>
            {msg.t(step.approved ? "app-pair-approved" : "app-pair-refused", { name: step.name })}
          </p>
          <div class="actions">
            <button type="button" id="pair-start" class="secondary" onClick={again}>
              <Icon name="plus" /> {msg.t("app-pair-start")}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
