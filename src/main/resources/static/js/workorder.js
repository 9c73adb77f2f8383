// Work-order pages: the signature pad at delivery and drag-and-drop on the board. Both have a plain-form
// alternative (the signer's name alone; a button on each card), so nothing depends on this script.
(function () {
  "use strict";

  function csrf() {
    var token = document.querySelector("meta[name='_csrf']");
    var param = document.querySelector("meta[name='_csrf_parameter']");
    return token ? { name: param ? param.content : "_csrf", value: token.content } : null;
  }

  // Signature pad: draws with mouse, pen or finger; the PNG is in the form's hidden field as soon as a stroke ends
  // (the form may be sent by htmx, which reads the fields before any submit handler of ours would run). Set up on
  // the page and again on each part htmx swaps in.
  function signaturePads(root) {
    if (!root.querySelectorAll) { return; }
    root.querySelectorAll("[data-signature-form]").forEach(function (form) {
      if (form.hasAttribute("data-signature-ready")) { return; }
      form.setAttribute("data-signature-ready", "");
      var canvas = form.querySelector("[data-signature-pad]");
      var field = form.querySelector("[data-signature-value]");
      var ctx = canvas.getContext("2d");
      var drawing = false;
      var drawn = false;
      function fit() {
        canvas.width = canvas.clientWidth;
        ctx.lineWidth = 2;
        ctx.lineCap = "round";
        ctx.strokeStyle = "#111";
      }
      function point(event) {
        var rect = canvas.getBoundingClientRect();
        return { x: event.clientX - rect.left, y: event.clientY - rect.top };
      }
      function keep() {
        field.value = drawn ? canvas.toDataURL("image/png") : "";
      }
      fit();
      canvas.style.touchAction = "none";
      canvas.addEventListener("pointerdown", function (event) {
        drawing = true;
        var p = point(event);
        ctx.beginPath();
        ctx.moveTo(p.x, p.y);
      });
      canvas.addEventListener("pointermove", function (event) {
        if (!drawing) { return; }
        var p = point(event);
        ctx.lineTo(p.x, p.y);
        ctx.stroke();
        drawn = true;
      });
      ["pointerup", "pointerleave"].forEach(function (name) {
        canvas.addEventListener(name, function () {
          if (drawing) { keep(); }
          drawing = false;
        });
      });
      form.querySelector("[data-signature-clear]").addEventListener("click", function () {
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        drawn = false;
        keep();
      });
      form.addEventListener("submit", keep);
    });
  }
  if (window.htmx) {
    window.htmx.onLoad(signaturePads);
  } else {
    signaturePads(document);
  }

  // Board: dropping a card on the next column posts the same action as the card's button.
  var moves = {
    "RECEIVED>ESTIMATED": "estimate",
    "DISPATCHED>IN_PROGRESS": "start",
    "IN_PROGRESS>QUALITY_CHECK": "submit-for-qc",
    "ON_HOLD>DISPATCHED": "resume",
    "ON_HOLD>IN_PROGRESS": "resume"
  };
  var dragged = null;
  document.addEventListener("dragstart", function (event) {
    var card = event.target.closest && event.target.closest(".board-card");
    if (card) {
      dragged = card;
      event.dataTransfer.effectAllowed = "move";
    }
  });
  document.addEventListener("dragover", function (event) {
    if (dragged && event.target.closest && event.target.closest(".board-column")) {
      event.preventDefault();
    }
  });
  document.addEventListener("drop", function (event) {
    var column = event.target.closest && event.target.closest(".board-column");
    if (!dragged || !column) { return; }
    event.preventDefault();
    var action = moves[dragged.dataset.status + ">" + column.dataset.status];
    var id = dragged.dataset.id;
    if (!action) {
      window.location.href = "/work-orders/" + id;
      return;
    }
    var form = document.createElement("form");
    form.method = "post";
    form.action = "/work-orders/" + id + "/actions/" + action;
    var fields = { version: dragged.dataset.version, back: "board" };
    var token = csrf();
    if (token) { fields[token.name] = token.value; }
    Object.keys(fields).forEach(function (name) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = fields[name];
      form.appendChild(input);
    });
    document.body.appendChild(form);
    form.submit();
  });
})();
