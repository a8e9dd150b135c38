// The banners at the top of the window:
//   - an error banner per `appError` (role="alert", class weft-error-banner): the message and a
//     dismiss button; several stack, the newest last, at most MAX_ERROR_BANNERS at once;
//   - the reconnect banner (role="status", class weft-reconnect-banner) while the page is cut off
//     from its session, shown only once a drop has lasted RECONNECT_BANNER_DELAY_MS: most drops
//     resume quicker than that, and a banner that flickers for 200 ms only alarms;
//   - the ended banner (role="alert", class weft-ended-banner) when the page will not reconnect,
//     with a button to reload;
//   - the busy notice (role="status", class weft-busy-banner) while the server is full (1013) and
//     the page waits for room: shown at once, kept (not re-announced) across refused attempts,
//     gone once the page is on a session;
//   - the session-lost notice (role="status", class weft-session-lost-banner) when the page's
//     session was lost (4002) and a new one is starting by itself: a dismissable line that goes
//     away by itself after SESSION_LOST_BANNER_MS;
//   - the lost-actions banner (role="alert", class weft-error-banner weft-lost-banner) when the page
//     had to refuse events it could not keep while offline: losing a click is never silent.
// Protocol `error` messages are for developers: they go to console.warn, not onto the page.

import { createIcon } from './icons.js';

export const MAX_ERROR_BANNERS = 5;
export const RECONNECT_BANNER_DELAY_MS = 1_000;
export const SESSION_LOST_BANNER_MS = 15_000;

export class Banners {
  /** @param {Element} host  the fixed container the banners stack in (#weft-banners) */
  constructor(host) {
    this.host = host;
    this.reconnect = null;
    this.reconnectTimer = null;
    this.lost = null;
    this.busyBanner = null;
  }

  /** Shows an application error; the user dismisses it. */
  appError(message) {
    const banner = errorBanner(message === null || message === undefined ? 'Something went wrong' : String(message));
    this.host.append(banner);
    const errors = this.host.querySelectorAll('.weft-error-banner:not(.weft-lost-banner)');
    for (let i = 0; i < errors.length - MAX_ERROR_BANNERS; i++) errors[i].remove();
    return banner;
  }

  /** Says that `count` events (all so far) could not be kept; one banner, its count kept current. */
  actionsLost(count) {
    const message = count === 1
      ? '1 action could not be kept while offline and was not sent.'
      : `${count} actions could not be kept while offline and were not sent.`;
    if (this.lost?.isConnected) {
      this.lost.querySelector('.weft-error-banner-message').textContent = message;
      return this.lost;
    }
    this.lost = errorBanner(message);
    this.lost.classList.add('weft-lost-banner');
    this.host.append(this.lost);
    return this.lost;
  }

  /**
   * The server is full (1013): the busy notice, with a spinner, while the page tries again. One
   * element, its text set once, so a screen reader hears it once, not at every refused attempt.
   */
  busy(message) {
    this.hideReconnecting();
    this.busyBanner ??= statusBanner('weft-busy-banner');
    const text = this.busyBanner.lastChild;
    if (text.textContent !== message) text.textContent = message;
    if (!this.busyBanner.isConnected) this.host.prepend(this.busyBanner);
    return this.busyBanner;
  }

  /** The page is no longer waiting for room (on a session, ended, or cut off for another reason). */
  notBusy() {
    this.busyBanner?.remove();
  }

  /** The connection dropped: the reconnect banner shows if the page is still cut off in a moment. */
  dropped() {
    this.notBusy();
    if (this.reconnectTimer !== null || this.reconnect?.hidden === false) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.showReconnecting();
    }, RECONNECT_BANNER_DELAY_MS);
  }

  /** The page is back on its session (`render` or `resume`): no reconnect banner. */
  reattached() {
    this.hideReconnecting();
    this.notBusy();
  }

  /** Logs a protocol `error` message (the server could not accept something the client sent). */
  protocolError(message) {
    console.warn(`weft: server error ${message.code}${message.ref != null ? ` (ref ${message.ref})` : ''}: ${message.message}`);
  }

  showReconnecting() {
    if (!this.reconnect) {
      this.reconnect = statusBanner('weft-reconnect-banner');
      this.reconnect.lastChild.textContent = 'Reconnecting…';
    }
    if (!this.reconnect.isConnected) this.host.prepend(this.reconnect);
    this.reconnect.hidden = false;
  }

  /** The page's session was lost and a new one is starting: say so, briefly; nothing to click. */
  sessionLost(message) {
    const banner = this.notice('weft-session-lost-banner', 'status', message, 'OK', () => banner.remove());
    setTimeout(() => banner.remove(), SESSION_LOST_BANNER_MS);
    return banner;
  }

  /** The page will not reconnect (its session ended or went elsewhere): say so, offer a reload. */
  ended(message) {
    this.hideReconnecting();
    this.notBusy();
    return this.notice('weft-ended-banner', 'alert', message, 'Reload', () => window.location.reload());
  }

  /**
   * A notice at the top of the page, replacing any earlier one of its class: the message and one
   * button.
   */
  notice(className, role, message, label, onClick) {
    for (const old of this.host.querySelectorAll('.' + className)) old.remove();
    const banner = document.createElement('div');
    banner.className = className;
    banner.setAttribute('role', role);
    const text = document.createElement('span');
    text.className = 'weft-ended-banner-message';
    text.textContent = message;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', onClick);
    banner.append(text, button);
    this.host.prepend(banner);
    return banner;
  }

  hideReconnecting() {
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    if (this.reconnect) this.reconnect.hidden = true;
  }
}

/** A dismissable banner in the error style: an icon, the message, a Dismiss button. */
function errorBanner(message) {
  const banner = document.createElement('div');
  banner.className = 'weft-error-banner';
  banner.setAttribute('role', 'alert');
  const text = document.createElement('span');
  text.className = 'weft-error-banner-message';
  text.textContent = message;
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'weft-error-banner-dismiss';
  dismiss.setAttribute('aria-label', 'Dismiss');
  dismiss.title = 'Dismiss';
  dismiss.append(createIcon('close'));
  dismiss.addEventListener('click', () => banner.remove());
  banner.append(createIcon('error', 'weft-icon weft-error-banner-icon'), text, dismiss);
  return banner;
}

/** A `role="status"` line with a spinner and an empty text span (its last child) to fill. */
function statusBanner(className) {
  const banner = document.createElement('div');
  banner.className = className;
  banner.setAttribute('role', 'status');
  const spinner = document.createElement('span');
  spinner.className = 'weft-spinner';
  spinner.setAttribute('aria-hidden', 'true');
  const text = document.createElement('span');
  text.className = `${className}-message`;
  banner.append(spinner, text);
  return banner;
}
