// Boots the moviedb client: downloads the UI font while the WebAssembly module
// loads, hands both the canvas and the font to it, and shows a status message
// until the first frame is on screen. The module's side of this contract is
// wasm-client/platform/web_platform.cpp (Module.moviedb* fields).
'use strict';

(() => {
  const FONT_URL = 'fonts/DejaVuSans.ttf';
  const canvas = document.getElementById('canvas');
  const status = document.getElementById('status');
  const statusText = document.getElementById('status-text');
  const fileInput = document.getElementById('file-input');

  // The test bridge exists (not ready) before the module runs.
  window.moviedbUi = { ready: false, screen: '', items: {}, frame: 0, toasts: [], text: {} };

  const showFailure = (message) => {
    statusText.textContent = message;
    status.classList.remove('hidden');
    status.classList.add('failed');
  };

  // web/sw.js keeps the client's files for the next start (and offline).
  // Registered once this start is done, so keeping them never slows it down;
  // browsers allow it on secure origins only (https, localhost).
  const keepForNextStart = () => {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
    navigator.serviceWorker.register('sw.js')
      .catch((error) => console.warn(`moviedb: no offline start (${error.message})`));
  };

  const parts = [window.createMoviedbClient, window.moviedbKeyboard, window.moviedbPointer,
    window.moviedbTouch, window.moviedbScreenReader];
  if (parts.some((part) => typeof part !== 'function')) {
    showFailure('moviedb failed to load (one of its scripts is missing).');
    return;
  }
  const pointer = window.moviedbPointer(canvas);
  window.moviedbScreenReader(pointer);

  const module = {
    canvas,
    moviedbFont: null,
    moviedbFontError: null,
    moviedbOnReady: () => {
      // Milliseconds from navigation to the first interactive frame (a budget
      // the e2e suite measures).
      window.moviedbReadyAt = performance.now();
      status.classList.add('hidden');
      keepForNextStart();
    },
    moviedbFatal: showFailure,
    // The phone's keyboard (keyboard.js, phone_keyboard.cpp). Made before the
    // module starts, so its key listeners run before the module's.
    moviedbKeyboard: window.moviedbKeyboard(canvas),
    // The file picker contract (web_platform.cpp): the module asks for the
    // dialog; the chosen file's bytes wait in moviedbPickedFile until taken.
    moviedbPickedFile: null,
    moviedbPickFile: () => {
      fileInput.value = '';
      fileInput.click();
    },
    // Downloads (exports, import reports): the module hands over a copy of
    // the bytes; the object URL lives until the browser has taken them.
    moviedbSaveFile: (name, type, bytes) => {
      const url = URL.createObjectURL(new Blob([bytes], { type }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      canvas.focus();
    },
    // Addresses (web_platform.cpp): the hash the browser shows or moved to,
    // waiting to be taken (null once taken); the module sets the address bar
    // and the title as the screen changes.
    moviedbAddress: window.location.hash,
    moviedbShowAddress: (address, title, push) => {
      if (push)
        window.history.pushState(null, '', address);
      else
        window.history.replaceState(null, '', address);
      document.title = title;
    },
    // The clipboard (web_platform.cpp): what the client copies goes to the
    // system clipboard; what the page is pasted waits here for ImGui's paste.
    moviedbClipboard: '',
    moviedbCopy: (text) => {
      module.moviedbClipboard = text;
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).catch(() => copyByCommand(text));
      } else {
        copyByCommand(text);
      }
    },
    onAbort: (what) => showFailure(`moviedb stopped: ${what}`),
  };

  // Plain-HTTP pages have no navigator.clipboard: the old copy command, on a
  // selected off-screen text area, then the keyboard goes back to the canvas.
  const copyByCommand = (text) => {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.appendChild(area);
    area.select();
    document.execCommand('copy');
    area.remove();
    canvas.focus();
  };

  // Ctrl/Cmd+V or the platform's paste: the text is ImGui's next paste.
  document.addEventListener('paste', (event) => {
    const text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
    if (!text) return;
    module.moviedbClipboard = text;
    event.preventDefault();
  });

  fetch(FONT_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.arrayBuffer();
    })
    .then((buffer) => { module.moviedbFont = new Uint8Array(buffer); })
    .catch((error) => {
      console.warn(`moviedb: UI font ${FONT_URL} unavailable (${error.message}); using a fallback`);
      module.moviedbFontError = String(error.message);
    });

  // Back, Forward, an edited or followed #/… link: the module opens it.
  const moved = () => {
    module.moviedbAddress = window.location.hash;
  };
  window.addEventListener('popstate', moved);
  window.addEventListener('hashchange', moved);

  fileInput.addEventListener('change', () => {
    const file = fileInput.files && fileInput.files[0];
    if (!file) return;
    file.arrayBuffer()
      .then((buffer) => { module.moviedbPickedFile = { name: file.name, bytes: new Uint8Array(buffer) }; })
      .catch((error) => console.warn(`moviedb: cannot read ${file.name}: ${error.message}`))
      .finally(() => canvas.focus());
  });

  // The canvas is the application: no browser context menu over it.
  canvas.addEventListener('contextmenu', (event) => event.preventDefault());
  canvas.focus();

  // After the keyboard (its tap listener runs first) and before the module
  // (touch.js's listeners must run before GLFW's).
  window.moviedbTouch(canvas, pointer);

  createMoviedbClient(module).catch((error) => {
    showFailure(`moviedb failed to start: ${error && error.message ? error.message : error}`);
  });
})();
