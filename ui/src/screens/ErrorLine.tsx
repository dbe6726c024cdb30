import type { IpcError } from "../bindings/IpcError";
import type { Messages } from "../i18n";

/** An error in words, read out by screen readers when it appears. */
export function ErrorLine({ msg, error }: { msg: Messages; error: IpcError | string | null }) {
  if (!error) return null;
  return (
    <p role="alert" class="error" id="error">
      {typeof error === "string" ? msg.t(error) : msg.error(error)}
    </p>
  );
}

export function asIpcError(e: unknown): IpcError {
  if (typeof e === "object" && e !== null && "code" in e) return e as IpcError;
  return { code: "internal", args: { reason: String(e) } };
}
