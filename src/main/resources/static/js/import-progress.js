// The import job page's progress bar: while the job runs, ask its progress every half second (any instance
// answers from the job's row) and move the bar; when the phase changes, reload the page to show the result.
(function () {
  var box = document.getElementById('import-progress');
  if (!box) {
    return;
  }
  var url = box.getAttribute('data-progress-url');
  var bar = box.querySelector('.progress-bar');
  var meter = box.querySelector('.progress');
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) {
        if (!progress) {
          window.setTimeout(poll, 2000);
          return;
        }
        bar.style.width = progress.percent + '%';
        meter.setAttribute('aria-valuenow', progress.percent);
        bar.textContent = (progress.phase === 'CHECKING' && progress.rowsTotal !== null)
          ? progress.rowsDone + ' / ' + progress.rowsTotal : '';
        if (progress.running) {
          window.setTimeout(poll, 500);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { window.setTimeout(poll, 2000); });
  }
  window.setTimeout(poll, 300);
})();
