// Which screen shows, the language every screen speaks (kept in the data
// folder with the logbook), and the lock after a time without input.
import { useEffect, useState } from "preact/hooks";
import { api, isIpcError, setCameraScanner } from "./api";
import type { AppInfo } from "./bindings/AppInfo";
import type { EntryView } from "./bindings/EntryView";
import type { IpcError } from "./bindings/IpcError";
import { useMessages } from "./i18n";
import { watchIdle } from "./idle";
import { ChooseLanguage } from "./screens/ChooseLanguage";
import { CreatePassphrase } from "./screens/CreatePassphrase";
import { Unlock } from "./screens/Unlock";
import { LogbookScreen } from "./screens/Logbook";
import { AddEntry } from "./screens/AddEntry";
import { Settings } from "./screens/Settings";
import { Sync } from "./screens/Sync";
import { Wallet } from "./screens/Wallet";
import { Present } from "./screens/Present";
import { Verify } from "./screens/Verify";
import { RequestEndorsement } from "./screens/RequestEndorsement";
import { JoinLogbook } from "./screens/JoinLogbook";
import { RecoverLogbook } from "./screens/RecoverLogbook";
import { applyDisplay } from "./screens/DisplaySettings";
import { Match } from "./screens/Match";

type Screen =
  | "loading"
  | "language"
  | "create"
  | "join"
  | "recover"
  | "unlock"
  | "logbook"
  | "add"
  | "edit"
  | "settings"
  | "sync"
  | "wallet"
  | "present"
  | "verify"
  | "request"
  | "match";

/** Screens that show the open logbook: they lock after a time without input. */
const OPEN: Screen[] = ["logbook", "add", "edit", "settings", "sync", "wallet", "present", "verify", "request", "match"];

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [screen, setScreen] = useState<Screen>("loading");
  const [lang, setLang] = useState<string>("en");
  const [editing, setEditing] = useState<EntryView | null>(null);
  const [idleLocked, setIdleLocked] = useState(false);
  const [fatal, setFatal] = useState<IpcError | null>(null);
  const msg = useMessages(lang);

  useEffect(() => {
    api
      .appInfo()
      .then((i) => {
        setCameraScanner(i.cameraScanner);
        setInfo(i);
        if (i.settings.lang) setLang(i.settings.lang);
        setScreen(i.unlocked ? "logbook" : i.hasLogbook ? "unlock" : "language");
      })
      .catch((e) => setFatal(isIpcError(e) ? e : { code: "internal", args: {} }));
  }, []);

  const rtl = info?.languages.find((l) => l.tag === msg.lang)?.rtl ?? false;
  useEffect(() => {
    document.documentElement.lang = msg.lang;
    document.documentElement.dir = rtl ? "rtl" : "ltr";
    document.title = msg.t("app-name");
  }, [msg, rtl]);
  useEffect(() => {
    if (info) applyDisplay(document.documentElement, info.settings);
  }, [info]);

  const open = OPEN.includes(screen);
  const lockAfterMs = (info?.lockAfterSecs ?? 300) * 1000;
  useEffect(() => {
    if (!open) return;
    return watchIdle(document, lockAfterMs, () => {
      api
        .lock()
        .catch(() => undefined)
        .finally(() => {
          setIdleLocked(true);
          setScreen("unlock");
        });
    });
  }, [open, lockAfterMs]);

  const chooseFirstLanguage = async (tag: string) => {
    try {
      await api.setLanguage(tag);
    } catch (e) {
      setFatal(isIpcError(e) ? e : { code: "internal", args: {} });
      return;
    }
    setLang(tag);
    setScreen("create");
  };

  if (fatal) {
    return (
      <main class="screen">
        <p role="alert" class="error">
          {msg.error(fatal)}
        </p>
      </main>
    );
  }
  const toLogbook = () => setScreen("logbook");
  switch (screen) {
    case "loading":
      return <main class="screen" aria-busy="true" />;
    case "language":
      return (
        <ChooseLanguage msg={msg} languages={info?.languages ?? []} current={lang} onChoose={chooseFirstLanguage} />
      );
    case "create":
      return (
        <CreatePassphrase
          msg={msg}
          onBack={() => setScreen("language")}
          onCreated={toLogbook}
          onJoin={() => setScreen("join")}
          onRecover={() => setScreen("recover")}
        />
      );
    case "join":
      return <JoinLogbook msg={msg} onBack={() => setScreen("create")} onJoined={toLogbook} />;
    case "recover":
      return <RecoverLogbook msg={msg} onBack={() => setScreen("create")} onRecovered={toLogbook} />;
    case "unlock":
      return (
        <Unlock
          msg={msg}
          idle={idleLocked}
          pinSet={info?.pinSet ?? false}
          onPinGone={() => info && setInfo({ ...info, pinSet: false })}
          onUnlocked={() => {
            setIdleLocked(false);
            toLogbook();
          }}
        />
      );
    case "logbook":
      return (
        <LogbookScreen
          msg={msg}
          onAdd={() => setScreen("add")}
          onEdit={(e) => {
            setEditing(e);
            setScreen("edit");
          }}
          onSettings={() => setScreen("settings")}
          onSync={() => setScreen("sync")}
          onRequest={(e) => {
            setEditing(e);
            setScreen("request");
          }}
          onWallet={() => setScreen("wallet")}
          onPresent={() => setScreen("present")}
          onVerify={() => setScreen("verify")}
          onMatch={() => setScreen("match")}
          onLocked={() => setScreen("unlock")}
        />
      );
    case "add":
      return <AddEntry msg={msg} onDone={toLogbook} />;
    case "edit":
      return editing ? <AddEntry msg={msg} entry={editing} onDone={toLogbook} /> : null;
    case "settings":
      return info ? (
        <Settings
          msg={msg}
          info={info}
          lang={lang}
          onLanguage={setLang}
          onLockMinutes={(minutes, secs) =>
            setInfo({ ...info, lockAfterSecs: secs, settings: { ...info.settings, lockMinutes: minutes } })
          }
          onDisplay={(settings) => setInfo({ ...info, settings })}
          onPin={(pinSet) => setInfo({ ...info, pinSet })}
          onBack={toLogbook}
        />
      ) : null;
    case "sync":
      return <Sync msg={msg} onBack={toLogbook} />;
    case "wallet":
      return <Wallet msg={msg} onBack={toLogbook} onPresent={() => setScreen("present")} />;
    case "present":
      return <Present msg={msg} languages={info?.languages} onBack={toLogbook} />;
    case "verify":
      return <Verify msg={msg} languages={info?.languages} onBack={toLogbook} />;
    case "match":
      return <Match msg={msg} onBack={toLogbook} />;
    case "request":
      return editing ? <RequestEndorsement msg={msg} entry={editing} onBack={toLogbook} /> : null;
  }
}
