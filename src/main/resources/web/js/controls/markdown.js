// `markdown`: HTML the server rendered from Markdown and sanitised (Markdown.java, MarkdownHtml).
// Defence in depth: the HTML is parsed into an inert <template> (no script runs, nothing loads)
// and every node is checked against the allow-list below before it enters the page; anything
// else (an element, an attribute, a comment, a URL with another scheme) is dropped. Links open in
// a new tab, unless the server listens to `tapLink`: then a click sends the link's URL instead.

import { listensTo } from '../events.js';

/** Element -> the attributes it may keep. */
const ALLOWED = Object.freeze({
  P: [], H1: [], H2: [], H3: [], H4: [], H5: [], H6: [], EM: [], STRONG: [], DEL: [], CODE: ['class'],
  PRE: [], BLOCKQUOTE: [], UL: [], OL: ['start'], LI: [], HR: [], BR: [],
  A: ['href', 'title'], IMG: ['src', 'alt', 'title'],
  TABLE: [], THEAD: [], TBODY: [], TR: [], TH: ['align'], TD: ['align'],
});
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
const CODE_CLASS = /^language-[A-Za-z0-9_+-]{1,40}$/;
const ALIGN = new Set(['left', 'center', 'right']);

function safeUrl(value, protocols) {
  try {
    return protocols.has(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
}

function attributeAllowed(el, name, value) {
  if (!ALLOWED[el.tagName].includes(name)) return false;
  switch (name) {
    case 'href': return safeUrl(value, LINK_PROTOCOLS);
    case 'src': return safeUrl(value, IMAGE_PROTOCOLS);
    case 'class': return CODE_CLASS.test(value);
    case 'align': return ALIGN.has(value);
    case 'start': return /^\d{1,9}$/.test(value);
    default: return true;
  }
}

/** Removes from `root` every node and attribute the allow-list does not name. */
function clean(root) {
  for (const node of [...root.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    if (node.nodeType !== Node.ELEMENT_NODE || !Object.hasOwn(ALLOWED, node.tagName)) {
      node.remove(); // comments, processing instructions, unknown elements with all they hold
      continue;
    }
    for (const attr of [...node.attributes]) {
      if (!attributeAllowed(node, attr.name, attr.value)) node.removeAttribute(attr.name);
    }
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('rel', 'noopener noreferrer nofollow');
      node.setAttribute('target', '_blank');
    }
    if (node.tagName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
    clean(node);
  }
}

/** The checked DOM of the server's HTML (a <template>'s content is inert: nothing runs or loads). */
export function safeFragment(html) {
  const template = document.createElement('template');
  template.innerHTML = typeof html === 'string' ? html : '';
  clean(template.content);
  return document.importNode(template.content, true);
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-markdown';
    el.addEventListener('click', (event) => {
      const link = event.target.closest?.('a[href]');
      if (!link || !el.contains(link) || !listensTo(ctx.node.props, 'tapLink')) return;
      event.preventDefault();
      ctx.emit('tapLink', link.getAttribute('href'));
    });
    this.update(el, props, ctx);
    return el;
  },

  update(el, delta) {
    if ('html' in delta) el.replaceChildren(safeFragment(delta.html));
    if ('selectable' in delta) el.classList.toggle('weft-markdown--selectable', delta.selectable === true);
  },
};
