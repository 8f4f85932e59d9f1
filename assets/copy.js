// Copy buttons for the badge snippets: a progressive enhancement. Without JavaScript the buttons
// stay hidden and each snippet is a read-only text field that can be selected and copied by hand.
(function () {
  'use strict';
  var status = document.querySelector('.copy-status');
  var buttons = document.querySelectorAll('button.copy-button[data-copy]');

  function announce(text) {
    if (!status) return;
    // Emptied first so that the same message is announced again after a second click.
    status.textContent = '';
    window.setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  function copyBySelection(field) {
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch (error) {
      return false;
    }
  }

  Array.prototype.forEach.call(buttons, function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      var copied = button.getAttribute('data-copied') || '';
      var failed = button.getAttribute('data-failed') || '';
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(
          function () {
            announce(copied);
          },
          function () {
            announce(copyBySelection(field) ? copied : failed);
          },
        );
      } else {
        announce(copyBySelection(field) ? copied : failed);
      }
    });
  });
})();
