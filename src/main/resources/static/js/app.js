// AfterSales page behaviour. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  "use strict";

  // Every htmx request carries the CSRF token from the page's meta tags.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector("meta[name='_csrf']");
    var header = document.querySelector("meta[name='_csrf_header']");
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // A page part sent by a boosted form (the work order's steps) shows what the server answered, also when that is an
  // error page (403, 404, 413): htmx would otherwise leave the page as it was and say nothing.
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.boosted && event.detail.xhr.status >= 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // Selects marked data-autosubmit submit their form on change (e.g. the store switcher).
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target instanceof HTMLSelectElement && target.hasAttribute("data-autosubmit") && target.form) {
      target.form.submit();
    }
  });

  // Dates in the page's language. The browser's own picker follows the browser's language, not the page's, so on a
  // computer flatpickr takes over (a value typed in is accepted too); on a phone the phone's own picker stays, in the
  // phone's language. The values sent are the same as the browser's: 2026-12-05, 2026-12-05T09:30, 2026-12.
  var PHONE = /Android|iPhone|iPad|iPod|Mobile/i.test(navigator.userAgent);

  // Weeks start on Monday in the mainland (GB/T 7408), on Sunday in Taiwan and in US English.
  function pickerLocale() {
    var lang = (document.documentElement.lang || "").toLowerCase();
    var l10ns = window.flatpickr && window.flatpickr.l10ns ? window.flatpickr.l10ns : {};
    if (lang.indexOf("zh") !== 0) {
      return "default";
    }
    if (lang.indexOf("tw") > 0 || lang.indexOf("hant") > 0) {
      return l10ns.zh_tw ? "zh_tw" : "default";
    }
    return l10ns.zh ? Object.assign({}, l10ns.zh, { firstDayOfWeek: 1 }) : "default";
  }

  function datePickers(root) {
    if (PHONE || !window.flatpickr || !root.querySelectorAll) {
      return;
    }
    var inputs = root.querySelectorAll("input[type=date], input[type=datetime-local], input[type=month]");
    Array.prototype.forEach.call(inputs, function (input) {
      var options = { locale: pickerLocale(), allowInput: true, disableMobile: true };
      if (input.type === "datetime-local") {
        options.enableTime = true;
        options.time_24hr = true;
        options.dateFormat = "Y-m-d\\TH:i";
        options.altInput = true;
        options.altInputClass = input.className;
        options.altFormat = "Y-m-d H:i";
      } else if (input.type === "month" && window.monthSelectPlugin) {
        options.plugins = [new window.monthSelectPlugin({ dateFormat: "Y-m", altFormat: "Y-m" })];
      } else {
        options.dateFormat = "Y-m-d";
      }
      if (input.min) {
        options.minDate = input.min;
      }
      if (input.max) {
        options.maxDate = input.max;
      }
      input.type = "text";
      input.autocomplete = "off";
      input.setAttribute("data-date-picker", "");
      var picker = window.flatpickr(input, options);
      var shown = picker.altInput;
      if (shown) {
        // The label and the error text belong to what the user types into.
        ["id", "aria-label", "aria-describedby", "aria-invalid"].forEach(function (name) {
          if (input.hasAttribute(name)) {
            shown.setAttribute(name, input.getAttribute(name));
          }
        });
        input.removeAttribute("id");
        shown.required = input.required;
      }
    });
  }

  if (window.htmx) {
    window.htmx.onLoad(datePickers);
  } else {
    document.addEventListener("DOMContentLoaded", function () {
      datePickers(document);
    });
  }
})();
