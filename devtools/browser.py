"""The browser this project drives, and a script that watches the app's runs inside it.

Debian's Chromium, under Playwright: no browser is ever downloaded. The flags keep it off
the network and quiet on a closed machine.
"""

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)

WATCH_SCRIPT_RUNS = """
window.__states = [];
window.__finished = [];
new MutationObserver((records) => {
  for (const record of records) {
    const state = record.target.getAttribute('data-test-script-state');
    window.__states.push([state, performance.now()]);
  }
}).observe(document, {subtree: true, attributeFilter: ['data-test-script-state']});
// The ForwardMsg field `script_finished` (number 6, a varint), or null if absent.
const varint = (bytes, at) => {
  let value = 0, shift = 0, byte;
  do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [value, at];
};
const scriptFinished = (bytes) => {
  let at = 0, tag, value;
  while (at < bytes.length) {
    [tag, at] = varint(bytes, at);
    const field = Math.floor(tag / 8), wire = tag % 8;
    if (wire === 0) { [value, at] = varint(bytes, at); if (field === 6) return value; }
    else if (wire === 2) { [value, at] = varint(bytes, at); at += value; }
    else if (wire === 1) at += 8;
    else if (wire === 5) at += 4;
    else return null;
  }
  return null;
};
const NativeWebSocket = window.WebSocket;
window.WebSocket = class extends NativeWebSocket {
  constructor(...args) {
    super(...args);
    this.addEventListener('message', (event) => {
      const at = performance.now();
      const read = (buffer) => {
        const status = scriptFinished(new Uint8Array(buffer));
        if (status === 0 || status === 3) window.__finished.push(at);  // finished, not stopped
      };
      if (event.data instanceof ArrayBuffer) read(event.data);
      else if (event.data instanceof Blob) event.data.arrayBuffer().then(read);
    });
  }
};
"""
"""An init script: logs each change of `data-test-script-state` as [state, time] in
`window.__states`, and the time of each finished script run (the `script_finished`
message on Streamlit's websocket) in `window.__finished`. Both are needed: a fast rerun
can start and end within one React render, so the attribute alone may never change."""
