// The activity form: filters the roll's checkboxes by name, without accents ("nguyen van" finds
// "Nguyễn Văn"). Without JavaScript every member is listed.
(function () {
  'use strict';
  function key(text) {
    return (text || '').normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
      .toLowerCase().replace(/\s+/g, ' ').trim();
  }
  document.querySelectorAll('[data-member-filter]').forEach(function (input) {
    var items = document.querySelectorAll('[data-member]');
    input.addEventListener('input', function () {
      var wanted = key(input.value);
      items.forEach(function (item) {
        item.hidden = wanted !== '' && key(item.getAttribute('data-name')).indexOf(wanted) < 0;
      });
    });
  });
})();
