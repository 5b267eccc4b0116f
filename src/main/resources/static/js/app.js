// Forms with data-confirm ask before submitting.
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// Forms with data-once are sent once: after the first submit their buttons are disabled and
// say data-once ("Đang gửi…"), and a second submit (a double tap, Enter) is ignored. The
// buttons are disabled just after the submit, so the button pressed is still sent. A page
// shown again from the back-forward cache gets its buttons back; a form that opens its answer
// in another tab gets them back after a moment (the server then shows what the first sending
// recorded: its one-time token is the real guarantee).
(function () {
  var restore = function (form) {
    delete form.dataset.sent;
    form.querySelectorAll('button[type=submit]').forEach(function (button) {
      if (button.dataset.label !== undefined) {
        button.innerHTML = button.dataset.label;
        delete button.dataset.label;
      }
      button.disabled = false;
      button.removeAttribute('aria-busy');
    });
  };
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form.hasAttribute('data-once')) {
      return;
    }
    if (form.dataset.sent) {
      event.preventDefault();
      return;
    }
    form.dataset.sent = 'true';
    window.setTimeout(function () {
      form.querySelectorAll('button[type=submit]').forEach(function (button) {
        button.dataset.label = button.innerHTML;
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        var spinner = document.createElement('span');
        spinner.className = 'spinner-border spinner-border-sm me-1';
        spinner.setAttribute('aria-hidden', 'true');
        button.textContent = form.getAttribute('data-once');
        button.prepend(spinner);
      });
      var target = form.getAttribute('target');
      if (target && target !== '_self') {
        window.setTimeout(function () {
          restore(form);
        }, 3000);
      }
    }, 0);
  });
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      document.querySelectorAll('form[data-once]').forEach(restore);
    }
  });
})();

// A distribution under review counts the households ticked and their total as they change;
// buttons with data-check tick or untick every household at once.
(function () {
  var form = document.getElementById('distributionForm');
  var summary = document.getElementById('selectedSummary');
  if (!form || !summary) {
    return;
  }
  var value = form.querySelector('#value');
  var boxes = function () {
    return form.querySelectorAll('input[name=householdIds]');
  };
  var update = function () {
    var ticked = form.querySelectorAll('input[name=householdIds]:checked').length;
    var each = parseInt((value.value || '').replace(/[^0-9]/g, ''), 10) || 0;
    summary.textContent = summary.getAttribute('data-text')
      .replace('{0}', ticked)
      .replace('{1}', (ticked * each).toLocaleString('vi-VN') + ' đ');
  };
  form.querySelectorAll('[data-check]').forEach(function (button) {
    button.addEventListener('click', function () {
      var tick = button.getAttribute('data-check') === 'all';
      boxes().forEach(function (box) {
        box.checked = tick;
      });
      update();
    });
  });
  form.addEventListener('change', update);
  value.addEventListener('input', update);
  update();
})();
