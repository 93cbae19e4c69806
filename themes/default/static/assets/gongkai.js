/* gongkai default theme: comforts on top of pages that work without script.
   - the 大/中/小 font-size switch, remembered in localStorage;
   - the print button and, on phones, a button that copies the page's link;
   - a long document's table of contents opened on wide screens;
   - a line saying that a wide table scrolls sideways, over each table that does.
   Every control is in the page with the hidden attribute and shown only here, so a reader
   without script never meets a control that does nothing. No pop-ups, no timers. */
(function () {
  "use strict";

  var KEY = "gongkai-font-size";
  var SIZES = ["small", "medium", "large"];
  var root = document.documentElement;

  function stored() {
    try {
      var size = window.localStorage.getItem(KEY);
      return SIZES.indexOf(size) >= 0 ? size : "medium";
    } catch (e) {
      return "medium"; /* storage refused (private mode, file://): the default size */
    }
  }

  function remember(size) {
    try {
      window.localStorage.setItem(KEY, size);
    } catch (e) {
      /* the choice holds for this page only */
    }
  }

  function apply(size) {
    if (size === "medium") {
      root.removeAttribute("data-font-size");
    } else {
      root.setAttribute("data-font-size", size);
    }
  }

  /* Before the first paint (this script is loaded in <head>, not deferred): no jump. */
  apply(stored());

  function fontSwitch() {
    var group = document.querySelector(".font-switch");
    if (!group) return;
    var buttons = group.querySelectorAll("button[data-font-size]");
    function show(size) {
      for (var i = 0; i < buttons.length; i++) {
        var on = buttons[i].getAttribute("data-font-size") === size;
        buttons[i].setAttribute("aria-pressed", on ? "true" : "false");
      }
    }
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function (event) {
        var size = event.currentTarget.getAttribute("data-font-size");
        apply(size);
        remember(size);
        show(size);
        tableHints();
      });
    }
    show(stored());
    group.hidden = false;
  }

  function docTools() {
    var tools = document.querySelector(".doc-tools");
    if (!tools) return;
    var print = tools.querySelector(".print-button");
    if (print && typeof window.print === "function") {
      print.addEventListener("click", function () {
        window.print();
      });
    } else if (print) {
      print.hidden = true;
    }
    var copy = tools.querySelector(".copy-link");
    var status = tools.querySelector(".copy-status");
    if (copy && navigator.clipboard && window.isSecureContext) {
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(copy.getAttribute("data-url")).then(function () {
          if (status) status.textContent = copy.getAttribute("data-done");
        });
      });
    } else if (copy) {
      copy.hidden = true;
    }
    tools.hidden = false;
  }

  function openContentsOnWideScreens() {
    var toc = document.querySelector(".toc details");
    if (toc && window.matchMedia && window.matchMedia("(min-width: 48em)").matches) {
      toc.open = true;
    }
  }

  /* A box whose table is wider than itself says so above the table, in words. */
  function tableHints() {
    var body = document.querySelector(".article-body");
    if (!body) return;
    var text = body.getAttribute("data-table-hint");
    var boxes = body.querySelectorAll(".table-scroll");
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      var hint = box.previousElementSibling;
      var has = hint && hint.className === "table-hint";
      var wide = box.scrollWidth > box.clientWidth + 1;
      if (wide && !has && text) {
        hint = document.createElement("p");
        hint.className = "table-hint";
        hint.setAttribute("aria-hidden", "true");
        hint.textContent = text;
        box.parentNode.insertBefore(hint, box);
      } else if (has) {
        hint.hidden = !wide;
      }
    }
  }

  function ready() {
    fontSwitch();
    docTools();
    openContentsOnWideScreens();
    tableHints();
    window.addEventListener("resize", tableHints);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
