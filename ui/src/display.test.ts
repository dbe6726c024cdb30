// The display settings reach the whole page.
import { describe, expect, it } from "vitest";
import { applyDisplay } from "./screens/DisplaySettings";

describe("applyDisplay", () => {
  it("sets the text size and the contrast on the root element, and takes them back", () => {
    const root = document.createElement("html");
    applyDisplay(root, { highContrast: true, textSize: 200 });
    expect(root.style.fontSize).toBe("200%");
    expect(root.dataset.contrast).toBe("high");
    applyDisplay(root, { highContrast: false, textSize: 100 });
    expect(root.style.fontSize).toBe("100%");
    expect(root.dataset.contrast).toBeUndefined();
  });
});
