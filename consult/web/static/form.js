// The answering form, when the connection drops: what is typed is kept in this browser's
// localStorage (under the link's hash, never sent anywhere else) and filled in again on
// reload; pressed offline, Save or Submit waits and is pressed again once the device is
// back online. Progressive enhancement: without this script the form posts as plain HTML.
(function () {
  "use strict";

  var PREFIX = "consult-answers:";

  function storage() {
    try {
      return window.localStorage;
    } catch (error) {
      return null; // storage off (private mode, policy): the plain form still works
    }
  }

  function read(store, key) {
    try {
      return JSON.parse(store.getItem(PREFIX + key));
    } catch (error) {
      return null;
    }
  }

  // The fields a person fills in: not the hidden form_id (each page has its own) nor buttons.
  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (field) {
      return field.name && field.type !== "hidden" && field.type !== "submit";
    });
  }

  function typed(form) {
    return fields(form)
      .filter(function (field) {
        return !(field.type === "checkbox" || field.type === "radio") || field.checked;
      })
      .map(function (field) {
        return [field.name, field.value];
      });
  }

  function fillIn(form, pairs) {
    fields(form).forEach(function (field) {
      var given = pairs.filter(function (pair) {
        return pair[0] === field.name;
      });
      if (field.type === "checkbox" || field.type === "radio") {
        field.checked = given.some(function (pair) {
          return pair[1] === field.value;
        });
      } else {
        field.value = given.length ? given[0][1] : "";
      }
    });
  }

  function show(id) {
    var notice = document.getElementById(id);
    if (notice && notice.dataset.message) {
      notice.textContent = notice.dataset.message; // a live region: read out as it fills
      notice.className = "notice";
    } else if (notice) {
      notice.hidden = false;
    }
  }

  function enhance(form, store) {
    var key = PREFIX + form.dataset.draftKey;
    var version = Number(form.dataset.version);
    var pressed = null; // the button to press again once back online
    var waiting = false;

    function keep() {
      try {
        store.setItem(key, JSON.stringify({ version: version, fields: typed(form) }));
      } catch (error) {
        // storage full or refused: the typed answers are still on the page
      }
    }

    var kept = read(store, form.dataset.draftKey);
    if (kept && kept.version === version) {
      // Typed over the version this page shows and not saved since: newer than the server's.
      if (JSON.stringify(kept.fields) !== JSON.stringify(typed(form))) {
        fillIn(form, kept.fields);
        show("restored-notice");
      }
    } else if (kept) {
      store.removeItem(key); // saved since on the server: the copy is stale
    }
    form.addEventListener("input", keep);
    form.addEventListener("change", keep);
    // Online, the form posts as plain HTML, as without this script. Offline, the answers
    // stay kept here and the same button is pressed again when the network is back.
    form.addEventListener("submit", function (event) {
      keep();
      if (navigator.onLine) {
        return;
      }
      event.preventDefault();
      show("offline-notice");
      pressed = event.submitter || null;
      if (!waiting) {
        waiting = true;
        window.addEventListener(
          "online",
          function () {
            form.requestSubmit(pressed);
          },
          { once: true }
        );
      }
    });
  }

  var store = storage();
  if (!store) {
    return;
  }
  var sent = document.querySelector("[data-draft-sent]");
  if (sent) {
    store.removeItem(PREFIX + sent.dataset.draftSent);
  }
  var form = document.querySelector("form[data-draft-key]");
  if (form) {
    enhance(form, store);
  }
})();
