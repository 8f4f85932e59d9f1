// Copy buttons for the badge snippets: a progressive enhancement. Without JavaScript the buttons
// stay hidden and each snippet is a read-only text field that can be selected and copied by hand.
(function () {
  'use strict';
  var buttons = document.querySelectorAll('button.copy-button[data-copy]');

  // Each snippet has its own status line beside its button.
  function announce(button, text) {
    var snippet = button.closest('.snippet');
    var status = snippet && snippet.querySelector('.copy-status');
    if (!status) return;
    // Only the last copy is confirmed, so an older "Gekopieerd" beside another snippet cannot mislead.
    Array.prototype.forEach.call(document.querySelectorAll('.copy-status'), function (other) {
      other.textContent = '';
    });
    // Emptied first so that the same message is announced again after a second click.
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
            announce(button, copied);
          },
          function () {
            announce(button, copyBySelection(field) ? copied : failed);
          },
        );
      } else {
        announce(button, copyBySelection(field) ? copied : failed);
      }
    });
  });
})();
