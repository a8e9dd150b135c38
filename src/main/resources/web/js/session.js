// One browser session: ties the socket, the protocol, the tree and the DOM patcher together.
// Registers on every new connection (re-attaching with the session id after a reconnect), applies
// what the server sends, and sends events up; events raised while the connection is down wait and
// go out after the next `render` of the same session.

import { Banners } from './banner.js';
import { DomPatch } from './dom_patch.js';
import { Events } from './events.js';
import { currentRoute, Protocol, Verdict } from './protocol.js';
import { Socket } from './socket.js';
import { Tree } from './tree.js';

export const MAX_QUEUED_EVENTS = 50;

export class Session {
  /**
   * @param {object} elements
   * @param {Element} elements.mount  where the page goes (#weft-root)
   * @param {Element} elements.bannerHost  where banners stack (#weft-banners)
   * @param {Element|null} elements.loading  shown until the first render (#weft-loading)
   */
  constructor({ mount, bannerHost, loading }) {
    this.protocol = new Protocol();
    this.tree = new Tree();
    this.banners = new Banners(bannerHost);
    this.events = new Events((target, name, data) => this.sendEvent(target, name, data));
    this.dom = new DomPatch({ mount, tree: this.tree, events: this.events });
    this.socket = new Socket({
      onOpen: () => this.onOpen(),
      onMessage: (text) => this.onMessage(text),
      banners: this.banners,
    });
    this.loading = loading;
    this.renderedSession = null; // the session id of the page on screen
    this.queue = []; // events raised while no connection could take them
  }

  start() {
    this.socket.connect();
  }

  onOpen() {
    this.protocol.connectionOpened();
    this.socket.send(this.protocol.register({
      route: currentRoute(),
      width: window.innerWidth,
      height: window.innerHeight,
      dark: window.matchMedia('(prefers-color-scheme: dark)').matches,
    }));
  }

  onMessage(text) {
    const { verdict, message } = this.protocol.receive(text);
    if (verdict === Verdict.RESYNC) {
      this.socket.restart();
      return;
    }
    if (verdict !== Verdict.APPLY) return;
    switch (message.type) {
      case 'render':
        this.onRender(message);
        break;
      case 'patch':
        this.dom.apply(message.ops);
        break;
      case 'error':
        this.banners.protocolError(message);
        break;
      case 'appError':
        this.banners.appError(message.message);
        break;
      default:
        console.warn(`weft: unknown message type "${message.type}"`, message);
    }
  }

  onRender(message) {
    const sameSession = message.session === this.renderedSession;
    this.dom.render(message.root, { preserve: sameSession });
    this.renderedSession = message.session;
    this.socket.markHealthy();
    if (this.loading && !this.loading.hidden) {
      this.loading.hidden = true;
      document.documentElement.classList.add('weft-ready');
    }
    // Events from before the drop still make sense only on the same session's page.
    const queued = this.queue;
    this.queue = [];
    for (const { target, name, data, session } of queued) {
      if (session === message.session && this.tree.has(target)) this.sendEvent(target, name, data);
    }
  }

  sendEvent(target, name, data) {
    if (this.protocol.rendered && this.socket.isOpen) {
      this.socket.send(this.protocol.event(target, name, data));
      return;
    }
    // no connection to take it: keep it (without a seq yet) for after the reconnect
    if (this.queue.length < MAX_QUEUED_EVENTS) {
      this.queue.push({ target, name, data, session: this.renderedSession });
    }
  }
}
