// Locks after a time without input: every key, touch, click or scroll
// starts the wait again. Returns the function that stops watching.
const EVENTS = ["pointerdown", "keydown", "input", "wheel", "touchstart"] as const;

export function watchIdle(target: EventTarget, afterMs: number, onIdle: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restart = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(onIdle, afterMs);
  };
  for (const e of EVENTS) target.addEventListener(e, restart, { passive: true, capture: true });
  restart();
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    for (const e of EVENTS) target.removeEventListener(e, restart, { capture: true });
  };
}
