// The banners at the top of the window:
//   - an error banner per `appError` (role="alert", class weft-error-banner): the message and a
//     dismiss button; several stack, the newest last, at most MAX_ERROR_BANNERS at once;
//   - the reconnect banner (role="status", class weft-reconnect-banner) while the socket is down;
//   - the ended banner (role="status", class weft-ended-banner) when the page will not reconnect,
//     with a button to reload.
// Protocol `error` messages are for developers: they go to console.warn, not onto the page.

import { createIcon } from './icons.js';

export const MAX_ERROR_BANNERS = 5;

export class Banners {
  /** @param {Element} host  the fixed container the banners stack in (#weft-banners) */
  constructor(host) {
    this.host = host;
    this.reconnect = null;
  }

  /** Shows an application error; the user dismisses it. */
  appError(message) {
    const banner = document.createElement('div');
    banner.className = 'weft-error-banner';
    banner.setAttribute('role', 'alert');
    const text = document.createElement('span');
    text.className = 'weft-error-banner-message';
    text.textContent = message === null || message === undefined ? 'Something went wrong' : String(message);
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'weft-error-banner-dismiss';
    dismiss.setAttribute('aria-label', 'Dismiss');
    dismiss.title = 'Dismiss';
    dismiss.append(createIcon('close'));
    dismiss.addEventListener('click', () => banner.remove());
    banner.append(createIcon('error', 'weft-icon weft-error-banner-icon'), text, dismiss);
    this.host.append(banner);
    const errors = this.host.querySelectorAll('.weft-error-banner');
    for (let i = 0; i < errors.length - MAX_ERROR_BANNERS; i++) errors[i].remove();
    return banner;
  }

  /** Logs a protocol `error` message (the server could not accept something the client sent). */
  protocolError(message) {
    console.warn(`weft: server error ${message.code}${message.ref != null ? ` (ref ${message.ref})` : ''}: ${message.message}`);
  }

  showReconnecting() {
    if (!this.reconnect) {
      const banner = document.createElement('div');
      banner.className = 'weft-reconnect-banner';
      banner.setAttribute('role', 'status');
      const spinner = document.createElement('span');
      spinner.className = 'weft-spinner';
      spinner.setAttribute('aria-hidden', 'true');
      const text = document.createElement('span');
      text.textContent = 'Reconnecting…';
      banner.append(spinner, text);
      this.reconnect = banner;
    }
    if (!this.reconnect.isConnected) this.host.prepend(this.reconnect);
    this.reconnect.hidden = false;
  }

  /** The page will not reconnect (another connection took its session over): say so, offer a reload. */
  ended(message) {
    this.hideReconnecting();
    const banner = document.createElement('div');
    banner.className = 'weft-ended-banner';
    banner.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = message;
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = 'Reload';
    reload.addEventListener('click', () => window.location.reload());
    banner.append(text, reload);
    this.host.prepend(banner);
    return banner;
  }

  hideReconnecting() {
    if (this.reconnect) this.reconnect.hidden = true;
  }
}
