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

  // Selects marked data-autosubmit submit their form on change (e.g. the store switcher).
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target instanceof HTMLSelectElement && target.hasAttribute("data-autosubmit") && target.form) {
      target.form.submit();
    }
  });
})();
