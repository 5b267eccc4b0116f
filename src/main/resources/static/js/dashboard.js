// The dashboard's charts, drawn from the data-chart of each .dash-chart (JSON the server
// wrote from the table under it: the table is the truth, the chart its picture). Without
// JavaScript, or without Chart.js, the charts stay hidden and the tables show.
(function () {
  if (typeof window.Chart === 'undefined') {
    return;
  }
  // Okabe–Ito: told apart with the common colour-vision deficiencies.
  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  var POINTS = ['circle', 'rectRot', 'triangle', 'rect', 'star', 'crossRot'];
  var number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
  var compact = new Intl.NumberFormat('vi-VN', { notation: 'compact', maximumFractionDigits: 1 });
  var format = function (unit, value, short) {
    if (value === null || value === undefined) {
      return '—';
    }
    if (unit === 'MONEY') {
      return (short ? compact.format(value) : number.format(value)) + ' đ';
    }
    if (unit === 'PERCENT') {
      return number.format(value) + '%';
    }
    return number.format(value);
  };
  // A long label (a program's name) on lines of at most `width` characters, so no label is cut.
  var wrap = function (label, width) {
    var words = String(label).split(' ');
    var lines = [];
    var line = '';
    words.forEach(function (word) {
      if (line && (line + ' ' + word).length > width) {
        lines.push(line);
        line = word;
      }
      else {
        line = line ? line + ' ' + word : word;
      }
    });
    if (line) {
      lines.push(line);
    }
    return lines.length > 1 ? lines : label;
  };
  window.Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';
  window.Chart.defaults.color = '#212529';
  document.querySelectorAll('.dash-chart[data-chart]').forEach(function (box) {
    var spec = JSON.parse(box.getAttribute('data-chart'));
    if (!spec.labels.length) {
      return;
    }
    var firstUnit = null;
    var secondUnit = null;
    var bars = 0;
    var lines = 0;
    var datasets = spec.series.map(function (s) {
      var colour;
      var set = { label: s.label, data: s.data, unit: s.unit, yAxisID: s.secondAxis ? 'y2' : 'y' };
      if (spec.horizontal) {
        set.xAxisID = s.secondAxis ? 'x2' : 'x';
        delete set.yAxisID;
      }
      if (s.secondAxis) {
        secondUnit = s.unit;
      }
      else {
        firstUnit = firstUnit || s.unit;
      }
      if (s.line) {
        // The year before: a dashed line with its own point shape, never told by colour alone.
        colour = ['#000000', '#D55E00'][lines % 2];
        set.type = 'line';
        set.borderColor = colour;
        set.backgroundColor = colour;
        set.borderDash = [6, 4];
        set.borderWidth = 2;
        set.pointStyle = POINTS[(lines + 1) % POINTS.length];
        set.pointRadius = 4;
        set.fill = false;
        set.order = 0;
        lines += 1;
      }
      else {
        colour = PALETTE[bars % PALETTE.length];
        set.type = 'bar';
        set.backgroundColor = colour;
        set.borderColor = '#ffffff';
        set.borderWidth = 1;
        set.order = 1;
        if (s.stack) {
          set.stack = s.stack;
        }
        bars += 1;
      }
      return set;
    });
    var valueAxis = function (unit, position, grid) {
      return {
        type: 'linear', position: position, beginAtZero: true, stacked: spec.stacked,
        grid: { drawOnChartArea: grid },
        max: unit === 'PERCENT' ? 100 : undefined,
        ticks: { precision: unit === 'COUNT' ? 0 : undefined, callback: function (value) { return format(unit, value, true); } }
      };
    };
    var scales = {};
    var across = spec.horizontal ? 'x' : 'y';
    var along = spec.horizontal ? 'y' : 'x';
    scales[along] = { stacked: spec.stacked, ticks: { autoSkip: false } };
    var narrow = (box.parentElement ? box.parentElement.clientWidth : window.innerWidth) < 576;
    var labels = spec.labels.map(function (label) {
      return wrap(label, spec.horizontal ? (narrow ? 18 : 36) : (narrow ? 10 : 16));
    });
    scales[across] = valueAxis(firstUnit, spec.horizontal ? 'bottom' : 'left', true);
    if (secondUnit) {
      scales[across + '2'] = valueAxis(secondUnit, spec.horizontal ? 'top' : 'right', false);
    }
    var canvasBox = document.createElement('div');
    canvasBox.className = 'dash-canvas';
    var height = 300;
    if (spec.horizontal) {
      // each row as tall as its bars or its label's lines, whichever is taller
      height = 90;
      labels.forEach(function (label) {
        var lines = Array.isArray(label) ? label.length : 1;
        height += Math.max(datasets.length * 16 + 10, lines * 15 + 10);
      });
    }
    canvasBox.style.height = height + 'px';
    var canvas = box.querySelector('canvas');
    box.insertBefore(canvasBox, canvas);
    canvasBox.appendChild(canvas);
    box.hidden = false;
    new window.Chart(canvas, {
      data: { labels: labels, datasets: datasets },
      options: {
        indexAxis: spec.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: scales,
        plugins: {
          legend: {
            position: 'bottom',
            labels: { usePointStyle: true, sort: function (a, b) { return a.datasetIndex - b.datasetIndex; } }
          },
          tooltip: {
            callbacks: {
              title: function (items) {
                return items.length ? spec.labels[items[0].dataIndex] : '';
              },
              label: function (context) {
                var value = spec.horizontal ? context.parsed.x : context.parsed.y;
                return context.dataset.label + ': ' + format(context.dataset.unit, value, false);
              }
            }
          }
        }
      }
    });
  });
}());
