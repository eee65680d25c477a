// What a screen reader finds: the canvas is one picture, so the page keeps a
// hidden DOM mirror of it, rebuilt from the test bridge's items
// (window.moviedbUi, wasm-client/bridge/bridge.hpp) after every frame that
// changed them: the screen's title as a heading, each widget as a real
// button, link, checkbox or text field with its name and state, in drawing
// order, and the toasts in a live region. Operating a mirrored control
// (Enter, Space, a screen reader's click, focusing a field) clicks the
// canvas at that widget, so it does exactly what a pointer would. A slider
// is a real range input: a new value clicks the canvas where the slider
// shows it. When the keyboard moves ImGui's focus (Tab, arrows on the canvas),
// the mirror's focus follows it, so a screen reader announces each widget
// reached; keys keep going to the canvas then. Widgets inside a table sit in
// `table` > `row` > `cell` elements, so a reader can say which row a button
// belongs to.
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

  let following = null;     // the key whose element has the focus because ImGui's has
  let placingFocus = false;  // true while the mirror moves the focus itself

  // Keys pressed on a mirrored button, link, checkbox or slider that the user
  // reached in the mirror are the browser's (Enter and Space click it, Tab
  // moves on), not the canvas's: registered before the module's window
  // listeners, so these run first. A mirrored text field lets them through:
  // its field in the canvas is what is typed in. So does an element that has
  // the focus only because it follows ImGui's: the canvas navigates, and the
  // browser must not click it a second time.
  for (const type of ['keydown', 'keypress', 'keyup']) {
    window.addEventListener(type, (event) => {
      const target = event.target;
      if (!root.contains(target) || target === root) return;
      const typedIn = target.tagName === 'INPUT' && (target.type === 'text' || target.type === 'password');
      if (target.dataset.key === following) {
        if (!typedIn && (event.key === 'Enter' || event.key === ' ')) event.preventDefault();
        return;
      }
      if (!typedIn) event.stopImmediatePropagation();
    }, true);
  }

  const mirrored = new Map();  // bridge key → { element, role }
  let order = '';              // the keys shown, in order
  let lastFrame = -1;

  const clickCanvasAt = (key) => {
    const item = window.moviedbUi.items[key];
    if (item) pointer.click(item.x + item.w / 2, item.y + item.h / 2);
  };

  // ImGui maps a click inside a slider's frame, less its 2 px padding and
  // half its grab (GrabMinSize, 12 px in wasm-client/ui/theme.cpp) at each
  // end, linearly onto min..max (imgui_widgets.cpp, SliderBehaviorT).
  const SLIDER_INSET = 2 + 12 / 2;
  const setSlider = (key, value) => {
    const item = window.moviedbUi.items[key];
    if (!item || item.max <= item.min) return;
    const fraction = Math.min(1, Math.max(0, (value - item.min) / (item.max - item.min)));
    const x = item.x + SLIDER_INSET + fraction * (item.w - 2 * SLIDER_INSET);
    pointer.click(x, item.y + item.h / 2);
  };

  const create = (key, role) => {
    let element;
    if (role === 'textbox') {
      element = document.createElement('input');
      element.type = /password/i.test(key) ? 'password' : 'text';
      element.autocomplete = 'off';
      // Focus activates the field; the keys then reach it as from the canvas.
      element.addEventListener('focus', () => {
        if (!placingFocus) clickCanvasAt(key);
      });
    } else if (role === 'slider') {
      element = document.createElement('input');
      element.type = 'range';
      element.addEventListener('input', () => setSlider(key, Number(element.value)));
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
    if (item.role === 'textbox' || item.role === 'checkbox' || item.role === 'slider') {
      if (element.getAttribute('aria-label') !== name) element.setAttribute('aria-label', name);
    } else if (element.textContent !== name) {
      element.textContent = name;
    }
    if (item.role === 'checkbox') element.checked = Boolean(item.checked);
    if (item.role === 'slider') {
      element.min = String(item.min);
      element.max = String(item.max);
      element.step = 'any';
      if (document.activeElement !== element) element.value = String(item.value);
      if (element.getAttribute('aria-valuetext') !== item.valueText) {
        element.setAttribute('aria-valuetext', item.valueText);
      }
    }
    const disabled = item.disabled ? 'true' : null;
    if (element.getAttribute('aria-disabled') !== disabled) {
      if (disabled) element.setAttribute('aria-disabled', disabled);
      else element.removeAttribute('aria-disabled');
    }
    return element;
  };

  // Moves the focus to the element of the widget ImGui's keyboard focus is
  // on, unless the user has put the focus somewhere in the mirror themself.
  const follow = (ui) => {
    const key = Object.keys(ui.items).find((k) => ui.items[k].focused);
    if (!key || key === following) return;
    const active = document.activeElement;
    const userPlaced = root.contains(active) && active.dataset.key !== following;
    if (userPlaced) return;
    following = key;
    placingFocus = true;
    mirrored.get(key)?.element.focus({ preventScroll: true });
    placingFocus = false;
  };

  const container = (role) => {
    const made = document.createElement('div');
    made.setAttribute('role', role);
    return made;
  };

  // A table whose first row names its columns. Only the cells holding a
  // control are mirrored, so each says which column it is in (aria-colindex).
  const headedTable = (columns) => {
    const table = container('table');
    if (!columns?.length) return table;
    table.setAttribute('aria-colcount', String(columns.length));
    const header = container('row');
    columns.forEach((name, n) => {
      const cell = container('columnheader');
      cell.setAttribute('aria-colindex', String(n + 1));
      cell.textContent = name;
      header.append(cell);
    });
    table.append(header);
    return table;
  };

  const placeCell = (wrapper, column, columns) => {
    if (!columns?.length) return;
    // Column -1 is a control over the whole row.
    wrapper.setAttribute('aria-colindex', String(column < 0 ? 1 : column + 1));
    if (column < 0) wrapper.setAttribute('aria-colspan', String(columns.length));
  };

  // The page's children in drawing order: an element as it is, or, for items
  // with a `cell` ([table, row, column]), its table with rows of cells.
  const tabulate = (keys, elements, items, tables) => {
    const children = [];
    let table = null;
    let tableId = null;
    let columns = null;
    let row = null;
    let rowId = null;
    keys.forEach((key, i) => {
      const cell = items[key].cell;
      if (!cell) {
        tableId = null;
        children.push(elements[i]);
        return;
      }
      if (cell[0] !== tableId) {
        columns = tables?.[String(cell[0])];
        [table, tableId, rowId] = [headedTable(columns), cell[0], null];
        children.push(table);
      }
      if (cell[1] !== rowId) {
        [row, rowId] = [container('row'), cell[1]];
        table.append(row);
      }
      const wrapper = container('cell');
      placeCell(wrapper, cell[2], columns);
      wrapper.append(elements[i]);
      row.append(wrapper);
    });
    return children;
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
    // Reordered only when the set of widgets (or a table's columns) changes:
    // moving a node would take the focus from it.
    const shown = keys.join('\n') + JSON.stringify(ui.tables ?? {});
    if (shown !== order) {
      order = shown;
      controls.replaceChildren(...tabulate(keys, elements, ui.items, ui.tables));
    }
    follow(ui);
    const toasts = ui.toasts.join('\n');
    if (live.textContent !== toasts) live.textContent = toasts;
  };

  const loop = () => {
    sync();
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
};
