// Saving a file on the server's word (`download`: `page.download`) without leaving the page. The
// URL is the server's own, relative to the app's base, and works once; the server answers it with
// `Content-Disposition: attachment`, so the browser saves what it gets instead of showing it. A
// hidden `<a download>` is clicked: for a same-origin URL Chromium, Firefox and Safari save it
// without a user gesture and without unloading the page, so the socket and the session stay.

/** `url` resolved against the app's base, or null unless it is same-origin http(s). */
export function downloadTarget(url, baseURI = document.baseURI) {
  let target;
  try {
    target = new URL(url, baseURI);
  } catch {
    return null;
  }
  const base = new URL(baseURI);
  if ((target.protocol !== 'http:' && target.protocol !== 'https:') || target.origin !== base.origin) {
    return null;
  }
  return target;
}

/** Has the browser save `url` as `name`; false when the URL is not one the page may fetch. */
export function saveFile(url, name, doc = document) {
  const target = downloadTarget(url, doc.baseURI);
  if (target === null) {
    console.warn('weft: refusing to download from a URL of that kind', url);
    return false;
  }
  const link = doc.createElement('a');
  link.href = target.href;
  link.download = typeof name === 'string' ? name : '';
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
  return true;
}
