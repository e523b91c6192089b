// Starts Swagger UI on the docs page. A file of its own, not an inline script, so the page
// keeps working under a Content-Security-Policy that allows no inline script.
"use strict";

(function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.getAttribute("data-openapi"),
    domNode: root,
    deepLinking: true,
    // The online validator badge would call validator.swagger.io: the page stays offline.
    validatorUrl: null,
    tryItOutEnabled: false,
    displayRequestDuration: true,
    presets: [SwaggerUIBundle.presets.apis],
  });
})();
