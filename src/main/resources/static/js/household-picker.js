// The household field of the contribution, gift and loan forms (fragments/forms :: householdPicker).
// As the user types a name, part of one, an address, an alley or a code, it lists the households of
// their areas that match (GET /households/suggestions); the arrow keys and Enter, or a click or tap,
// pick one: its code goes into the field and its head of household is shown under it (as it is
// when a whole code is typed). The server
// still checks the code on submit; without JavaScript the field simply takes a code.
(function () {
  'use strict';

  var DELAY_MS = 250;
  var MIN_LENGTH = 2;

  function setUp(box) {
    var input = box.querySelector('input[type=text]');
    var list = box.querySelector('[role=listbox]');
    var chosen = box.querySelector('[data-picker-chosen]');
    var chosenName = chosen.querySelector('strong');
    var chosenPlace = chosen.querySelector('strong + span');
    var hint = box.querySelector('[data-picker-hint]');
    var status = box.querySelector('[data-picker-status]');
    var url = box.getAttribute('data-url');
    var areas = box.getAttribute('data-areas');
    var timer = null;
    var sent = 0;
    var items = [];
    var active = -1;

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('spellcheck', 'false');
    input.setAttribute('placeholder', box.getAttribute('data-placeholder'));
    hint.hidden = false;

    function say(text) {
      status.textContent = text;
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var options = list.children;
      for (var i = 0; i < options.length; i++) {
        var on = i === index;
        options[i].classList.toggle('active', on);
        options[i].setAttribute('aria-selected', on ? 'true' : 'false');
      }
      active = index;
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function pick(index) {
      input.value = items[index].code;
      showChosen(items[index]);
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }

    function showChosen(household) {
      chosenName.textContent = household.headName + ' – ' + household.code;
      chosenPlace.textContent = '(' + where(household) + ')';
      chosen.hidden = false;
      close();
      say(chosen.textContent);
    }

    function where(household) {
      var parts = [household.address];
      if (household.alley && household.address.indexOf(household.alley) < 0) {
        parts.push(household.alley);
      }
      parts.push(household.areaLabel);
      return parts.join(', ');
    }

    function show(households) {
      items = households;
      list.textContent = '';
      households.forEach(function (household, index) {
        var option = document.createElement('li');
        option.id = list.id + '-' + index;
        option.className = 'list-group-item list-group-item-action';
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        var name = document.createElement('strong');
        name.textContent = household.headName;
        var code = document.createElement('span');
        code.className = 'ms-1 text-nowrap';
        code.textContent = '· ' + household.code;
        var place = document.createElement('div');
        place.className = 'small household-suggestion-place';
        place.textContent = where(household);
        option.append(name, code, place);
        // Picking on mousedown keeps the focus in the field (a blur would close the list).
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();
          pick(index);
        });
        list.appendChild(option);
      });
      // A code typed in full leaves nothing to choose: it only says whose it is.
      var typed = input.value.trim().toLowerCase();
      var byCode = households.filter(function (household) {
        return household.code.toLowerCase() === typed;
      });
      if (byCode.length === 1) {
        items = byCode;
        showChosen(byCode[0]);
        return;
      }
      if (households.length === 0) {
        close();
        say(status.getAttribute('data-none'));
        return;
      }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(-1);
      say(status.getAttribute('data-count').replace('{0}', households.length));
    }

    function search() {
      var text = input.value.trim();
      var number = ++sent;
      if (text.length < MIN_LENGTH) {
        items = [];
        close();
        say('');
        return;
      }
      var address = url + '?q=' + encodeURIComponent(text) + (areas ? '&area=' + encodeURIComponent(areas) : '');
      fetch(address, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          var type = response.headers.get('Content-Type') || '';
          if (!response.ok || type.indexOf('json') < 0) {
            throw new Error(String(response.status));
          }
          return response.json();
        })
        .then(function (households) {
          // An answer to an older query than the one last sent is stale.
          if (number === sent && document.activeElement === input) {
            show(households);
          }
        })
        .catch(function () {
          if (number === sent) {
            items = [];
            close();
            say(status.getAttribute('data-failed'));
          }
        });
    }

    input.addEventListener('input', function () {
      chosen.hidden = true;
      window.clearTimeout(timer);
      timer = window.setTimeout(search, DELAY_MS);
    });

    input.addEventListener('keydown', function (event) {
      var open = !list.hidden && items.length > 0;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (!open) {
          if (items.length > 0) {
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
          }
          return;
        }
        event.preventDefault();
        // Down from the last one, or up from the first, goes back to the typed text.
        var next = active + (event.key === 'ArrowDown' ? 1 : -1);
        if (next >= items.length) {
          next = -1;
        } else if (next < -1) {
          next = items.length - 1;
        }
        highlight(next);
      } else if (event.key === 'Enter' && open && active >= 0) {
        event.preventDefault();
        pick(active);
      } else if (event.key === 'Escape' && open) {
        event.preventDefault();
        close();
      }
    });

    input.addEventListener('blur', close);
  }

  document.querySelectorAll('[data-household-picker]').forEach(setUp);
})();
