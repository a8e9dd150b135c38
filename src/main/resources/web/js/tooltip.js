// Material plain tooltips for the `tooltip` property (common.js). Each control with a tooltip has
// a role=tooltip element of its own, id weft-tooltip-<control id>, kept in a layer at the end of
// <body> (a renderer redrawing its element's content cannot wipe it; while it shows for a control
// in a dialog, inside that dialog, which makes the rest inert) and shown as a popover (the top
// layer: never clipped, above dialogs). The control's focusable element (the control itself,
// or the input, select or button inside it) points at it with aria-describedby — unless the
// tooltip is already its name (an icon-only button's aria-label), which would be read twice.
//
// Shown after a short delay while the pointer rests on the control, and at once when the control
// gets the keyboard focus; hidden when the pointer leaves, the focus leaves, a pointer is pressed,
// or Escape is pressed. Placed below the control (above when there is no room), inside the viewport.

const SHOW_DELAY_MS = 500;
const GAP = 4; // between the control and its tooltip, and the least space to the viewport's edge
const FOCUSABLE = 'button, input, select, textarea, [tabindex]';

let layer = null;
let shown = null; // the control whose tooltip shows
let sweepTimer = 0;

function tooltipLayer() {
  if (!layer || !layer.isConnected) {
    layer = document.createElement('div');
    layer.className = 'weft-tooltips';
    document.body.append(layer);
  }
  return layer;
}

/** The element a tooltip describes: the control's own, if focusable, else its first focusable. */
const describedElement = (el) => (el.matches(FOCUSABLE) ? el : el.querySelector(FOCUSABLE) ?? el);

function setToken(el, attribute, token, present) {
  const tokens = (el.getAttribute(attribute) ?? '').split(/\s+/).filter((t) => t && t !== token);
  if (present) tokens.push(token);
  if (tokens.length > 0) el.setAttribute(attribute, tokens.join(' '));
  else el.removeAttribute(attribute);
}

/** Gives control element `el` (id `id`) the tooltip `text`; null or '' removes it. */
export function setTooltip(el, text) {
  const id = `weft-tooltip-${el.getAttribute('data-weft-id')}`;
  const target = describedElement(el);
  let tip = document.getElementById(id);
  if (text === null || text === undefined || text === '') {
    if (shown === el) hide();
    tip?.remove();
    setToken(target, 'aria-describedby', id, false);
    el.weftTooltip = null;
    return;
  }
  if (!tip) {
    tip = document.createElement('div');
    tip.id = id;
    tip.className = 'weft-tooltip';
    tip.setAttribute('role', 'tooltip');
    tip.popover = 'manual';
    tooltipLayer().append(tip);
  }
  tip.textContent = String(text);
  tip.weftOwner = el;
  el.weftTooltip = tip;
  setToken(target, 'aria-describedby', id, target.getAttribute('aria-label') !== tip.textContent);
  if (!el.weftTooltipWired) wire(el);
  clearTimeout(sweepTimer); // after the render or patch building `el`, when its elements are in place
  sweepTimer = setTimeout(sweep, 0);
}

function wire(el) {
  el.weftTooltipWired = true;
  let timer = 0;
  el.addEventListener('pointerenter', (event) => {
    if (event.pointerType === 'touch') return;
    clearTimeout(timer);
    timer = setTimeout(() => show(el), SHOW_DELAY_MS);
  });
  el.addEventListener('pointerleave', () => {
    clearTimeout(timer);
    if (shown === el && !el.contains(document.activeElement)) hide();
  });
  el.addEventListener('pointerdown', () => {
    clearTimeout(timer);
    if (shown === el) hide();
  });
  el.addEventListener('focusin', (event) => {
    if (inPopup(el, event.target)) {
      if (shown === el) hide();
    } else if (event.target.matches(':focus-visible')) {
      show(el);
    }
  });
  el.addEventListener('focusout', (event) => {
    if (!el.contains(event.relatedTarget) || inPopup(el, event.relatedTarget)) {
      clearTimeout(timer);
      if (shown === el) hide();
    }
  });
}

/** Whether `node` is in a popup of `el`'s own (a menu button's menu), where its tooltip would cover it. */
function inPopup(el, node) {
  const popup = node instanceof Element ? node.closest('[popover]') : null;
  return popup !== null && popup !== el && el.contains(popup);
}

function show(el) {
  const tip = el.weftTooltip;
  if (!tip || !el.isConnected || el.closest('.weft-disabled')) return;
  if (el.querySelector(':popover-open')) return; // its menu is open: the tooltip would cover it
  if (shown && shown !== el) hide();
  shown = el;
  // inside a modal dialog everything outside it is inert: the tooltip shows from within it
  const host = el.closest('dialog') ?? tooltipLayer();
  if (tip.parentElement !== host) host.append(tip);
  if (!tip.matches(':popover-open')) tip.showPopover();
  place(tip, el);
  watchOwner(el);
}

function hide() {
  const tip = shown?.weftTooltip;
  shown = null;
  if (tip?.matches(':popover-open')) tip.hidePopover();
  if (tip && tip.parentElement !== tooltipLayer()) tooltipLayer().append(tip); // back from a dialog
}

function place(tip, el) {
  const anchor = el.getBoundingClientRect();
  const { width, height } = tip.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  let top = anchor.bottom + GAP;
  if (top + height > vh - GAP && anchor.top - height - GAP >= GAP) top = anchor.top - height - GAP;
  const left = anchor.left + anchor.width / 2 - width / 2;
  tip.style.left = `${Math.round(Math.max(GAP, Math.min(left, vw - GAP - width)))}px`;
  tip.style.top = `${Math.round(Math.max(GAP, Math.min(top, vh - GAP - height)))}px`;
}

/** While a tooltip shows, hides it if its control leaves the page (removed by a patch). */
function watchOwner(el) {
  requestAnimationFrame(() => {
    if (shown !== el) return;
    if (!el.isConnected) hide();
    else watchOwner(el);
  });
}

/** Drops the tooltips of controls that are gone (removed, or re-rendered without a tooltip). */
function sweep() {
  for (const tip of [...tooltipLayer().children]) {
    if (!tip.weftOwner?.isConnected || tip.weftOwner.weftTooltip !== tip) tip.remove();
  }
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && shown) hide();
}, true);
window.addEventListener('scroll', () => { if (shown) hide(); }, true);
