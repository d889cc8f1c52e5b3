// Small progressive enhancements: the mobile menu and the home page slider.
(function () {
  "use strict";
  var toggle = document.querySelector(".nav-toggle");
  var nav = document.getElementById("main-nav");
  var header = document.querySelector(".site-header");
  function setMenu(open) {
    toggle.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("is-open", open);
    if (header) { header.classList.toggle("nav-open", open); }
  }
  if (toggle && nav) {
    toggle.addEventListener("click", function () {
      setMenu(toggle.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
        setMenu(false);
        toggle.focus();
      }
    });
  }

  var hero = document.querySelector(".hero");
  var slides = document.querySelectorAll(".hero-slide");
  if (!hero || slides.length < 2) { return; }
  var dotBox = hero.querySelector(".hero-dots");
  var dots = dotBox ? dotBox.querySelectorAll("button") : [];
  var current = 0;
  var paused = false;
  function show(n) {
    current = (n + slides.length) % slides.length;
    slides.forEach(function (slide, j) {
      var on = j === current;
      slide.classList.toggle("is-active", on);
      slide.toggleAttribute("aria-hidden", !on);
      slide.querySelectorAll("a").forEach(function (a) {
        if (on) { a.removeAttribute("tabindex"); } else { a.setAttribute("tabindex", "-1"); }
      });
      if (dots[j]) { if (on) { dots[j].setAttribute("aria-current", "true"); } else { dots[j].removeAttribute("aria-current"); } }
    });
  }
  show(0);
  if (dotBox) {
    dotBox.hidden = false;
    dots.forEach(function (dot, n) {
      dot.addEventListener("click", function () { show(n); });
    });
  }
  hero.addEventListener("mouseenter", function () { paused = true; });
  hero.addEventListener("mouseleave", function () { paused = false; });
  hero.addEventListener("focusin", function () { paused = true; });
  hero.addEventListener("focusout", function () { paused = false; });
  if (!window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
    setInterval(function () { if (!paused && !document.hidden) { show(current + 1); } }, 6000);
  }
})();
