// `filePicker`: a hidden <input type=file> that picks and uploads files on the server's word.
// The server queues commands in the `commands` property, each numbered `n`:
//   {op: "pick", multiple, accept}   opens the file dialog (only within a click's user activation)
//   {op: "upload", name, url}        PUTs the picked file `name` to `url` (relative to the base)
//   {op: "cancel", name}             aborts that upload
// Only commands arriving in an update run, each once: a control created by a render (a reconnect
// that could not be replayed) takes the commands it comes with as done.
// Events carry a JSON document in a string (event data is a scalar in the protocol):
// `result` (always sent: the server keeps the picked files) with [{name, size}], [] when
// the dialog was cancelled (Chromium fires `cancel`); `upload` with {name, kind, progress, file?,
// status?, error?}, progress at most every 5 % or 250 ms, whichever comes first, and never twice
// for the same value.

const STEP = 0.05;
const INTERVAL_MS = 250;

/** The per-element state: the picked files by name, the running uploads, the last command done. */
const states = new WeakMap();

function lastNumber(commands) {
  return Array.isArray(commands) ? commands.reduce((max, c) => Math.max(max, c?.n ?? 0), 0) : 0;
}

function pick(input, command) {
  input.multiple = command.multiple === true;
  if (typeof command.accept === 'string' && command.accept !== '') input.accept = command.accept;
  else input.removeAttribute('accept');
  input.value = ''; // so picking the same file again is a change
  // Allowed only within a user gesture's transient activation; otherwise the browser ignores it.
  input.click();
}

function upload(state, ctx, command) {
  const file = state.files.get(command.name);
  const report = (event) => ctx.emit('upload', JSON.stringify({ name: command.name, ...event }));
  if (!file) {
    report({ kind: 'error', progress: 0, status: 0, error: 'no picked file is named ' + command.name });
    return;
  }
  state.uploads.get(command.name)?.abort();
  const xhr = new XMLHttpRequest();
  state.uploads.set(command.name, xhr);
  let sent = -1;
  let sentAt = 0;
  const progress = (fraction) => {
    const now = performance.now();
    if (fraction === sent) return;
    if (sent >= 0 && fraction - sent < STEP && now - sentAt < INTERVAL_MS) return;
    sent = fraction;
    sentAt = now;
    report({ kind: 'progress', progress: fraction });
  };
  const finish = (event) => {
    if (state.uploads.get(command.name) === xhr) state.uploads.delete(command.name);
    report(event);
  };
  xhr.upload.onprogress = (e) => {
    if (e.lengthComputable && e.total > 0) progress(Math.min(1, e.loaded / e.total));
  };
  xhr.onload = () => {
    let body = null;
    try { body = JSON.parse(xhr.responseText); } catch { /* not JSON: a proxy's page */ }
    if (xhr.status === 200 && typeof body?.file === 'string') {
      finish({ kind: 'done', progress: 1, file: body.file });
    } else {
      const error = typeof body?.message === 'string' ? body.message : `HTTP ${xhr.status}`;
      finish({ kind: 'error', progress: Math.max(sent, 0), status: xhr.status, error });
    }
  };
  xhr.onerror = () => finish({ kind: 'error', progress: Math.max(sent, 0), status: 0,
    error: 'the upload failed: no answer from the server' });
  xhr.onabort = () => finish({ kind: 'cancelled', progress: Math.max(sent, 0) });
  xhr.open('PUT', new URL(command.url, document.baseURI));
  xhr.setRequestHeader('Content-Type', 'application/octet-stream');
  progress(0);
  xhr.send(file);
}

function run(el, state, ctx, commands) {
  if (!Array.isArray(commands)) return;
  for (const command of commands) {
    if (!(command?.n > state.done)) continue;
    state.done = command.n;
    if (command.op === 'pick') pick(el.firstElementChild, command);
    else if (command.op === 'upload') upload(state, ctx, command);
    else if (command.op === 'cancel') state.uploads.get(command.name)?.abort();
    else console.warn(`weft: unknown file picker command ${command.op}`);
  }
}

export default {
  create(props, ctx) {
    const el = document.createElement('div');
    el.className = 'weft-file-picker';
    el.hidden = true;
    const input = document.createElement('input');
    input.type = 'file';
    input.tabIndex = -1;
    input.setAttribute('aria-hidden', 'true');
    el.append(input);
    const state = { files: new Map(), uploads: new Map(), done: lastNumber(props.commands) };
    states.set(el, state);
    const result = (files) => {
      state.files = new Map(files.map((f) => [f.name, f]));
      ctx.emit('result', JSON.stringify(files.map((f) => ({ name: f.name, size: f.size }))), true);
    };
    input.addEventListener('change', () => result(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => result([]));
    return el;
  },

  update(el, delta, ctx) {
    if ('commands' in delta) run(el, states.get(el), ctx, delta.commands);
  },
};
