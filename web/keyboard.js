// The phone's keyboard for a canvas app. A canvas cannot raise the on-screen
// keyboard, offer a password manager or compose with an IME; a real <input>
// can. On touch screens, while one of the client's text fields is active,
// this <input> lies transparent over its caret and holds the focus: what
// the user types there replaces the field's text (the module reads it each
// frame), Enter submits. The module's side is web_platform.cpp
// (Module.moviedbKeyboard.field on activation, .take each frame).
'use strict';

window.moviedbKeyboard = (canvas) => {
  const touch = navigator.maxTouchPoints > 0 || window.matchMedia('(pointer: coarse)').matches;
  const input = document.createElement('input');
  input.id = 'keyboard-input';
  input.className = 'keyboard-input';
  input.setAttribute('autocapitalize', 'none');
  input.setAttribute('autocorrect', 'off');
  input.setAttribute('autocomplete', 'off');
  input.spellcheck = false;
  input.setAttribute('aria-label', 'Text field');
  input.tabIndex = -1;
  input.hidden = true;
  document.body.appendChild(input);

  let field = 0;        // the active field's id (0: none)
  let typed = null;     // the input's text not yet handed to the module
  let enters = 0;       // Enter presses not yet handed to the module

  // Keys typed here belong to the field, not to the canvas: registered before
  // the module's own window listeners (GLFW adds them when it starts), so
  // they run first and keep the event from reaching the canvas twice. Enter
  // is counted here for the same reason (the event goes no further).
  for (const type of ['keydown', 'keypress', 'keyup']) {
    window.addEventListener(type, (event) => {
      if (event.target !== input) return;
      event.stopImmediatePropagation();
      if (type === 'keydown' && event.key === 'Enter' && !event.isComposing) {
        event.preventDefault();
        enters += 1;
      }
    }, true);
  }
  input.addEventListener('input', () => { typed = input.value; });
  // A tap on the canvas while a field is active (the keyboard was dismissed,
  // or another field was tapped): focus again inside the gesture, which is
  // when browsers agree to raise the keyboard.
  // (Capture, and made before touch.js: it runs before that one ends the event.)
  canvas.addEventListener('touchend', () => {
    if (field) input.focus({ preventScroll: true });
  }, true);

  const place = (x, y, height) => {
    const box = canvas.getBoundingClientRect();
    const scale = box.width / canvas.width;
    input.style.left = `${box.left + window.scrollX + x * scale}px`;
    input.style.top = `${box.top + window.scrollY + y * scale}px`;
    input.style.height = `${Math.max(height * scale, 16)}px`;
  };

  return {
    touch,
    // id 0: no field is active. Otherwise its caret's place (canvas px), its
    // line height, whether it hides what is typed, and its text at activation.
    field(id, x, y, height, password, text) {
      if (!touch) return;
      if (!id) {
        field = 0;
        typed = null;
        input.hidden = true;
        input.blur();
        return;
      }
      place(x, y, height);
      if (id === field) return;
      field = id;
      typed = null;
      input.type = password ? 'password' : 'text';
      input.setAttribute('autocomplete', password ? 'current-password' : 'off');
      input.value = text;
      input.hidden = false;
      input.focus({ preventScroll: true });
      input.setSelectionRange(text.length, text.length);
    },
    // What the module takes each frame: the new text (null: unchanged) and
    // how many times Enter was pressed.
    take() {
      const taken = { text: typed, enters };
      typed = null;
      enters = 0;
      return taken;
    },
  };
};
