// The top of a screen: its pictogram and title, and "Back" (the same
// place, icon and words on every screen, so a person who reads little
// learns it once).
import type { IconName } from "../icons";
import { Icon } from "../icons";
import type { Messages } from "../i18n";

export function ScreenBar(props: {
  msg: Messages;
  icon: IconName;
  title: string;
  onBack: () => void;
  /** While work that must not be left runs (a sync). */
  disabled?: boolean;
}) {
  return (
    <header class="bar">
      <h1>
        <Icon name={props.icon} /> {props.title}
      </h1>
      <button type="button" id="back" class="secondary" onClick={props.onBack} disabled={props.disabled}>
        <Icon name="back" /> {props.msg.t("app-back")}
      </button>
    </header>
  );
}
