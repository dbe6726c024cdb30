// Which screen shows, and the language every screen speaks.
import { useEffect, useMemo, useState } from "preact/hooks";
import { api, isIpcError } from "./api";
import type { AppInfo } from "./bindings/AppInfo";
import type { IpcError } from "./bindings/IpcError";
import { Messages } from "./i18n";
import { ChooseLanguage } from "./screens/ChooseLanguage";
import { CreatePassphrase } from "./screens/CreatePassphrase";
import { Unlock } from "./screens/Unlock";
import { LogbookScreen } from "./screens/Logbook";
import { AddEntry } from "./screens/AddEntry";

type Screen = "loading" | "language" | "create" | "unlock" | "logbook" | "add";

const LANG_KEY = "carnet.lang";

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [screen, setScreen] = useState<Screen>("loading");
  const [lang, setLang] = useState<string>(() => localStorage.getItem(LANG_KEY) ?? "en");
  const [fatal, setFatal] = useState<IpcError | null>(null);
  const msg = useMemo(() => new Messages(lang), [lang]);

  useEffect(() => {
    api
      .appInfo()
      .then((i) => {
        setInfo(i);
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

  const chooseLanguage = (tag: string) => {
    localStorage.setItem(LANG_KEY, tag);
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
  switch (screen) {
    case "loading":
      return <main class="screen" aria-busy="true" />;
    case "language":
      return (
        <ChooseLanguage msg={msg} languages={info?.languages ?? []} current={lang} onChoose={chooseLanguage} />
      );
    case "create":
      return (
        <CreatePassphrase msg={msg} onBack={() => setScreen("language")} onCreated={() => setScreen("logbook")} />
      );
    case "unlock":
      return <Unlock msg={msg} onUnlocked={() => setScreen("logbook")} />;
    case "logbook":
      return <LogbookScreen msg={msg} onAdd={() => setScreen("add")} onLocked={() => setScreen("unlock")} />;
    case "add":
      return <AddEntry msg={msg} onDone={() => setScreen("logbook")} />;
  }
}
