// Weft's browser client: starts one session for this page. The server serves index.html with a
// <base href> of the app's base path, so every URL here (ws, icons, images) is relative to it.

import { Session } from './session.js';

function element(id, className) {
  let el = document.getElementById(id);
  if (!el) {
    el = document.createElement('div');
    el.id = id;
    el.className = className;
    document.body.append(el);
  }
  return el;
}

const session = new Session({
  mount: element('weft-root', 'weft-root'),
  bannerHost: element('weft-banners', 'weft-banners'),
  loading: document.getElementById('weft-loading'),
});
session.start();
