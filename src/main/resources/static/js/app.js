// Forms with data-confirm ask before submitting.
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// Forms with data-busy say that the server is working, and cannot be sent twice.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (event.defaultPrevented || !form.hasAttribute('data-busy')) {
    return;
  }
  form.querySelectorAll('button[type=submit]').forEach(function (button) {
    button.disabled = true;
    var spinner = document.createElement('span');
    spinner.className = 'spinner-border spinner-border-sm me-1';
    spinner.setAttribute('aria-hidden', 'true');
    button.textContent = form.getAttribute('data-busy');
    button.prepend(spinner);
  });
});

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
