// One browser session: ties the socket, the protocol, the tree and the DOM patcher together.
// Registers on every new connection (re-attaching with the session id and the last server seq it
// applied), applies what the server sends, and sends events up. Every event gets its seq when it is
// raised and waits in the pending list (pending.js) until the server acknowledges it; after a
// re-attach (`resume`, or a `render` of the same session) what the server did not acknowledge goes
// out again, in order, with its original seq, so a click is neither lost nor applied twice. Events
// raised while the page is cut off only wait. Liveness (heartbeat.js) and the client's own
// acknowledgements (acks.js) run per connection. A `navigate` leaves the page (or opens a tab);
// leaving keeps a resume entry so that the app's next load in this tab continues this session
// (navigation.js). A `download` saves a file and stays (download.js). A `storage` request is
// carried out on localStorage and answered with the page's `storage` event (storage.js).

import { Acks } from './acks.js';
import { Banners } from './banner.js';
import { DomPatch } from './dom_patch.js';
import { saveFile } from './download.js';
import { Events } from './events.js';
import { Heartbeat } from './heartbeat.js';
import { listenToKeys } from './keyboard.js';
import { navigationTarget, storeResume, takeResume } from './navigation.js';
import { PendingEvents } from './pending.js';
import { watchRoutes } from './routes.js';
import { currentRoute, Protocol, Verdict } from './protocol.js';
import { Socket } from './socket.js';
import { runStorage } from './storage.js';
import { Tree } from './tree.js';

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
    this.events = new Events((target, name, data) => this.raise(target, name, data));
    this.dom = new DomPatch({ mount, tree: this.tree, events: this.events });
    this.pending = new PendingEvents();
    listenToKeys(this.tree, (target, name, data) => this.raise(target, name, data));
    this.socket = new Socket({
      onOpen: () => this.onOpen(),
      onMessage: (text) => this.onMessage(text),
      onClose: (closed) => this.onClose(closed),
    });
    this.acks = new Acks((ack) => this.sendControl(this.protocol.ack(ack)));
    this.heartbeat = new Heartbeat({
      ping: () => this.sendControl(this.protocol.ping()),
      dead: () => this.onSilence(),
    });
    this.heartbeatSeconds = 0; // from the last `render` or `resume`; 0 until one said
    this.loading = loading;
    this.renderedSession = null; // the session id of the page on screen
    this.ended = false; // the session is over for this page (1000, 4001): nothing more is sent
    this.continuing = false; // re-attaching to the session an earlier page load left
    this.leaving = false; // a same-window `navigate` is under way: keep the session on pagehide
    // Events raised after the entry was written (a blur as the page goes) may still reach the
    // server: the entry is written again as the page goes, with the last seq given out.
    window.addEventListener('pagehide', () => {
      if (this.leaving && this.protocol.session !== null) {
        storeResume(this.protocol.session, this.protocol.clientSeq);
      }
    });
    // Back and forward: the page (id 0) reports its new route, listened to or not (routes.js).
    watchRoutes((route) => this.raise(0, 'route', route));
    // Back from the bfcache, the page still has its session: an entry kept for it is stale.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) {
        this.leaving = false;
        takeResume();
      }
    });
  }

  start() {
    const left = takeResume();
    if (left !== null) {
      this.protocol.continueSession(left);
      this.continuing = true;
    }
    this.socket.connect();
  }

  onOpen() {
    this.protocol.detached();
    const register = this.protocol.register({
      route: currentRoute(),
      width: window.innerWidth,
      height: window.innerHeight,
      dark: window.matchMedia('(prefers-color-scheme: dark)').matches,
    });
    this.socket.send(register);
    this.acks.carried(register.ack);
    // A server that goes silent before it answers must not leave the page waiting for ever either.
    this.heartbeat.start(this.heartbeatSeconds);
  }

  onClose({ reconnecting, fresh, busy, notice }) {
    this.protocol.detached();
    this.heartbeat.stop();
    this.acks.cancel();
    if (fresh) {
      // The session is gone for good (4002): the next register asks for a new one. The page on
      // screen stays until the new render replaces it; events waiting for the old session are
      // dropped then, and the lost-actions banner says so. A session an earlier page load left
      // that is gone by now is no loss to tell of: this page never showed it.
      this.protocol.forgetSession();
      if (!this.continuing) this.banners.sessionLost(notice);
      this.continuing = false;
    }
    if (busy) {
      this.banners.busy(notice); // the server is full (1013): say so at once, until it takes us
    } else if (reconnecting) {
      this.banners.dropped();
    } else {
      this.ended = true;
      this.banners.ended(notice);
    }
  }

  /** The server said nothing, not even to a `ping`, for two heartbeats: the connection is dead. */
  onSilence() {
    console.warn(`weft: no answer from the server for ${2 * this.heartbeatSeconds} s; reconnecting`);
    this.socket.drop();
  }

  onMessage(text) {
    this.heartbeat.received();
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
      case 'resume':
        this.onResume(message);
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
      case 'navigate':
        this.navigate(message);
        break;
      case 'download':
        saveFile(message.url, message.name);
        break;
      case 'storage':
        this.raise(0, 'storage', JSON.stringify(runStorage(message)));
        break;
      case 'ack':
      case 'pong':
        break;
      default:
        console.warn(`weft: unknown message type "${message.type}"`, message);
    }
    if (message.type !== 'render' && message.type !== 'resume') this.pending.acknowledge(message.ack);
    if (message.type !== 'render' && Number.isInteger(message.seq) && message.seq > 0 && this.protocol.attached) {
      this.protocol.applied(message);
      this.acks.applied(this.protocol.appliedSeq);
    }
  }

  /** The server sends the browser to a URL: a new tab, or this window (keeping the session for the return). */
  navigate({ url, newTab }) {
    const target = navigationTarget(url);
    if (target === null) {
      console.warn('weft: refusing to navigate to a URL of that kind', url);
      return;
    }
    if (newTab) {
      window.open(target.href, '_blank', 'noopener');
      return;
    }
    // mailto: and tel: hand the URL to another program; the page stays, and needs no entry
    if ((target.protocol === 'http:' || target.protocol === 'https:') && this.protocol.session !== null) {
      this.leaving = storeResume(this.protocol.session, this.protocol.clientSeq);
    }
    window.location.assign(target.href);
  }

  onRender(message) {
    this.continuing = false;
    const sameSession = message.session === this.renderedSession;
    this.dom.render(message.root, { preserve: sameSession });
    this.renderedSession = message.session;
    this.protocol.applied(message);
    this.acks.rendered(this.protocol.appliedSeq);
    if (this.loading && !this.loading.hidden) {
      this.loading.hidden = true;
      document.documentElement.classList.add('weft-ready');
    }
    if (sameSession) {
      this.pending.acknowledge(message.ack);
      // A control missing from the fresh page was removed for good (ids are never reused): the
      // server would only reject its events.
      const gone = this.pending.retain((event) => this.tree.has(event.target));
      if (gone > 0) console.warn(`weft: ${gone} waiting event(s) were for controls that are gone; not sent`);
    } else if (this.pending.discard() > 0) {
      // another session's page: the old one's events mean nothing here, and the user must know
      this.banners.actionsLost(this.pending.lost);
    }
    this.reattached(message);
  }

  onResume(message) {
    this.pending.acknowledge(message.ack);
    this.reattached(message);
  }

  /** On the session again (`render` or `resume`): resend what is unacknowledged, watch the server. */
  reattached(message) {
    this.banners.reattached();
    this.socket.markHealthy();
    if (Number.isFinite(message.heartbeat)) this.heartbeatSeconds = message.heartbeat;
    this.heartbeat.start(this.heartbeatSeconds);
    for (const event of this.pending.all()) this.send(event);
  }

  /** A control raised an event: it gets its seq now, waits for its ack, and goes out if it can. */
  raise(target, name, data) {
    if (this.ended) return; // nobody will take it: the notice on screen offers a reload (1000, 4001)
    if (this.pending.full) {
      this.banners.actionsLost(this.pending.refuse());
      return;
    }
    const event = this.protocol.event(target, name, data);
    this.pending.add(event);
    if (this.protocol.attached) this.send(event);
  }

  send(event) {
    const stamped = this.protocol.stamped(event);
    if (this.socket.send(stamped)) this.acks.carried(stamped.ack);
  }

  /** A control message (`ack`, `ping`): only on a connection attached to the session. */
  sendControl(message) {
    return this.protocol.attached && this.socket.send(message);
  }
}
