// Touch for a canvas app. Emscripten's GLFW turns a finger into a mouse button
// held down, so a swipe over a list drags whatever it started on and the list
// never scrolls. Here one finger is read as people expect from a phone:
//   tap        → a click where the finger was (after the pointer rested on
//                it for two frames, so table rows, which need a hover first,
//                take it too);
//   drag       → the list or panel under the finger scrolls with it (wheel
//                steps at the finger), and keeps going after release, slowing
//                down (momentum);
//   long-press → the pointer rests there without clicking: what a desktop
//                shows on hover (a tooltip, a truncated title, a chart's value).
// A second finger ends the gesture and does nothing else: the canvas takes no
// browser gestures (touch-action: none), so a pinch cannot zoom the page out
// of shape. Registered before the module's own canvas listeners, so these
// run first and the module never sees the raw touches.
'use strict';

window.moviedbTouch = (canvas, pointer) => {
  const TAP_SLOP = 10;           // CSS px a finger may wander and still tap
  const LONG_PRESS_MS = 500;
  const FRICTION = 0.94;         // momentum kept per frame
  const MIN_SPEED = 0.05;        // px/ms below which momentum stops
  const REST_MS = 100;           // a finger still this long before lifting has no momentum

  let touch = null;    // the finger down: {x, y, lastX, lastY, lastT, velocity, moved, longPress, timer}
  let coasting = 0;    // requestAnimationFrame id of the momentum

  // Scrolls on after the finger lifts, slowing down each frame.
  const coast = (x, y, velocity) => {
    let last = null;
    const step = (now) => {
      if (last !== null) {
        const dt = Math.max(0, now - last);
        velocity *= FRICTION ** (dt / 16.7);
        if (Math.abs(velocity) < MIN_SPEED) return;
        pointer.scroll(x, y, velocity * dt);
      }
      last = now;
      coasting = requestAnimationFrame(step);
    };
    coasting = requestAnimationFrame(step);
  };

  const own = (event) => {
    event.stopImmediatePropagation();
    if (event.cancelable) event.preventDefault();
  };

  canvas.addEventListener('touchstart', (event) => {
    own(event);
    if (event.touches.length !== 1) {
      if (touch) clearTimeout(touch.timer);
      touch = null;
      return;
    }
    cancelAnimationFrame(coasting);
    const { clientX: x, clientY: y } = event.touches[0];
    touch = { x, y, lastX: x, lastY: y, lastT: event.timeStamp, velocity: 0, moved: false, longPress: false };
    touch.timer = setTimeout(() => { if (touch) touch.longPress = true; }, LONG_PRESS_MS);
    pointer.pointTo(x, y);
  }, { capture: true, passive: false });

  canvas.addEventListener('touchmove', (event) => {
    own(event);
    if (!touch || event.touches.length !== 1) return;
    const { clientX: x, clientY: y } = event.touches[0];
    if (!touch.moved && Math.hypot(x - touch.x, y - touch.y) > TAP_SLOP) {
      touch.moved = true;
      clearTimeout(touch.timer);
    }
    if (touch.moved) {
      const dy = y - touch.lastY;
      const dt = Math.max(1, event.timeStamp - touch.lastT);
      pointer.scroll(touch.x, touch.y, dy);
      touch.velocity = 0.8 * (dy / dt) + 0.2 * touch.velocity;
    }
    touch.lastX = x;
    touch.lastY = y;
    touch.lastT = event.timeStamp;
  }, { capture: true, passive: false });

  const end = (event) => {
    own(event);
    if (!touch) return;
    clearTimeout(touch.timer);
    if (event.type === 'touchend') {
      const rested = event.timeStamp - touch.lastT > REST_MS;
      if (touch.moved && !rested) coast(touch.x, touch.y, touch.velocity);
      else if (!touch.longPress) pointer.click(touch.x, touch.y);
    }
    touch = null;
  };
  canvas.addEventListener('touchend', end, { capture: true, passive: false });
  canvas.addEventListener('touchcancel', end, { capture: true, passive: false });
};
