// The pointer the page moves for the canvas when no mouse does: a finger
// (touch.js) or a screen reader's click on a mirrored control
// (screen_reader.js). Events go to the canvas as a mouse's would.
'use strict';

window.moviedbPointer = (canvas) => {
  const at = (x, y) => ({
    bubbles: true, cancelable: true, view: window, button: 0, clientX: x, clientY: y,
  });
  const pointTo = (x, y) => canvas.dispatchEvent(new MouseEvent('mousemove', at(x, y)));
  return {
    pointTo,
    // Rests on (x, y) for two frames, then presses and releases: a widget
    // others may overlap (a table row) only takes a click once hovered.
    click(x, y) {
      pointTo(x, y);
      requestAnimationFrame(() => requestAnimationFrame(() => {
        canvas.dispatchEvent(new MouseEvent('mousedown', at(x, y)));
        canvas.dispatchEvent(new MouseEvent('mouseup', at(x, y)));
      }));
    },
    // Wheel steps at (x, y): positive `dy` (CSS px) scrolls the content down
    // with the finger. ImGui scrolls 5 lines of 16 px per 100 px of wheel.
    scroll(x, y, dy) {
      canvas.dispatchEvent(new WheelEvent('wheel', { ...at(x, y), deltaY: -dy * 100 / 80, deltaMode: 0 }));
    },
  };
};
