// Focus follows the view stack: when the page's top view changes (page.go, a view pushed or
// popped, back and forward), the keyboard focus moves into the new view, as a new page load would
// put a screen reader at its start. The target is the view's app bar title, else its first
// heading, else the view itself, made focusable with tabindex=-1 (not a Tab stop), so a screen
// reader reads the new view's name and the next Tab goes on from there. Nothing moves on the
// page's first render, when the focus is in the new view already (a control.focus() in the same
// update), or while a modal dialog holds the focus.

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

function topView(content) {
  const views = content.querySelectorAll(':scope > .weft-view');
  return views.length > 0 ? views[views.length - 1] : null;
}

function targetIn(view) {
  const title = view.querySelector(':scope > .weft-view-bar > .weft-appbar > .weft-appbar-title:not([aria-hidden])');
  if (title) return title;
  return view.querySelector(HEADING) ?? view;
}

function focusInto(view) {
  if (view.contains(document.activeElement) || document.querySelector('dialog:modal')) return;
  const target = targetIn(view);
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.classList.add('weft-view-focus');
  target.focus({ preventScroll: true });
}

/** Watches the page's content element (its children are the views) for a new top view. */
export function followTopView(content) {
  let top = topView(content);
  new MutationObserver(() => {
    const now = topView(content);
    if (now === top) return;
    const was = top;
    top = now;
    if (was && now) focusInto(now); // a view replacing another, not the first to appear
  }).observe(content, { childList: true });
}
