// What a screen reader finds: the canvas is one picture, so the page keeps a
// hidden DOM mirror of it, rebuilt from the test bridge's items
// (window.moviedbUi, wasm-client/bridge/bridge.hpp) after every frame that
// changed them: the screen's title as a heading, each widget as a real
// button, link, checkbox or text field with its name and state, in drawing
// order, and the toasts in a live region. Operating a mirrored control
// (Enter, Space, a screen reader's click, focusing a field) clicks the
// canvas at that widget, so it does exactly what a pointer would.
'use strict';

window.moviedbScreenReader = (pointer) => {
  const root = document.createElement('main');
  root.id = 'a11y-mirror';
  root.className = 'visually-hidden';
  const heading = document.createElement('h1');
  const controls = document.createElement('div');
  const live = document.createElement('div');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  root.append(heading, controls, live);
  document.body.appendChild(root);

  // Keys pressed on a mirrored button, link or checkbox are the browser's
  // (Enter and Space click it, Tab moves on), not the canvas's: registered
  // before the module's window listeners, so these run first. A mirrored
  // text field lets them through: its field in the canvas is what is typed in.
  for (const type of ['keydown', 'keypress', 'keyup']) {
    window.addEventListener(type, (event) => {
      const target = event.target;
      if (root.contains(target) && !(target.tagName === 'INPUT' && target.type !== 'checkbox')) {
        event.stopImmediatePropagation();
      }
    }, true);
  }

  const mirrored = new Map();  // bridge key → { element, role }
  let order = '';              // the keys shown, in order
  let lastFrame = -1;

  const clickCanvasAt = (key) => {
    const item = window.moviedbUi.items[key];
    if (item) pointer.click(item.x + item.w / 2, item.y + item.h / 2);
  };

  const create = (key, role) => {
    let element;
    if (role === 'textbox') {
      element = document.createElement('input');
      element.type = /password/i.test(key) ? 'password' : 'text';
      element.autocomplete = 'off';
      // Focus activates the field; the keys then reach it as from the canvas.
      element.addEventListener('focus', () => clickCanvasAt(key));
    } else if (role === 'checkbox') {
      element = document.createElement('input');
      element.type = 'checkbox';
      element.addEventListener('click', (event) => {
        event.preventDefault();  // the client's state says whether it is checked
        clickCanvasAt(key);
      });
    } else {
      element = document.createElement(role === 'link' ? 'a' : 'button');
      if (role === 'link') element.href = '#';
      else element.type = 'button';
      element.addEventListener('click', (event) => {
        event.preventDefault();
        clickCanvasAt(key);
      });
    }
    element.dataset.key = key;
    return element;
  };

  const update = (key, item) => {
    let entry = mirrored.get(key);
    if (!entry || entry.role !== item.role) {
      entry?.element.remove();
      entry = { element: create(key, item.role), role: item.role };
      mirrored.set(key, entry);
    }
    const { element } = entry;
    const name = item.name || key;
    if (item.role === 'textbox' || item.role === 'checkbox') {
      if (element.getAttribute('aria-label') !== name) element.setAttribute('aria-label', name);
    } else if (element.textContent !== name) {
      element.textContent = name;
    }
    if (item.role === 'checkbox') element.checked = Boolean(item.checked);
    const disabled = item.disabled ? 'true' : null;
    if (element.getAttribute('aria-disabled') !== disabled) {
      if (disabled) element.setAttribute('aria-disabled', disabled);
      else element.removeAttribute('aria-disabled');
    }
    return element;
  };

  const sync = () => {
    const ui = window.moviedbUi;
    if (!ui || !ui.ready || ui.frame === lastFrame) return;
    lastFrame = ui.frame;
    if (heading.textContent !== document.title) heading.textContent = document.title;
    const keys = Object.keys(ui.items);
    const elements = keys.map((key) => update(key, ui.items[key]));
    for (const [key, entry] of mirrored) {
      if (!(key in ui.items)) {
        entry.element.remove();
        mirrored.delete(key);
      }
    }
    // Reordered only when the set of widgets changes (another screen): moving
    // a node would take the focus from it.
    const shown = keys.join('\n');
    if (shown !== order) {
      order = shown;
      controls.replaceChildren(...elements);
    }
    const toasts = ui.toasts.join('\n');
    if (live.textContent !== toasts) live.textContent = toasts;
  };

  const loop = () => {
    sync();
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
};
