// `control.focus()`: the server bumps a control's `focus` counter in an update and the browser
// moves the keyboard focus there. The control's own element when it takes focus (a button, an
// input), else the first enabled focusable element inside it (a text field's input, a checkbox's
// box); a control with none is left alone. Marked as a keyboard focus so :focus-visible shows the
// ring, as the user would see after tabbing there.

const FOCUSABLE = 'input:not([type=hidden]), select, textarea, button, [tabindex]:not([tabindex="-1"]), a[href]';

/** The element `control.focus()` focuses in `el`, or null. */
export function focusTarget(el) {
  if (el.matches(FOCUSABLE) && !el.disabled) return el;
  for (const inner of el.querySelectorAll(FOCUSABLE)) {
    if (!inner.disabled) return inner;
  }
  return null;
}

export function focusControl(el) {
  const target = focusTarget(el);
  if (target === null) {
    console.warn('weft: focus() on a control with nothing to focus', el);
    return;
  }
  target.focus({ focusVisible: true });
}
