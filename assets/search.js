// Search on /zoeken/ with Pagefind: a progressive enhancement of the GET form, which works without it.
// No inline code or markup from strings: every node is built with createElement and textContent.
(function () {
  'use strict';

  var root = document.querySelector('[data-search]');
  if (!root) return;

  var texts = {};
  try {
    texts = JSON.parse(root.getAttribute('data-texts') || '{}');
  } catch (error) {
    texts = {};
  }
  var FILTER_ORDER = ['soort', 'thema', 'sector', 'regio', 'jaar'];
  var PAGE_SIZE = 10;

  var form = root.querySelector('form');
  var input = root.querySelector('input[name="q"]');
  var status = root.querySelector('[data-search-status]');
  var filtersBox = root.querySelector('[data-search-filters-box]');
  var filtersHost = root.querySelector('[data-search-filters]');
  var resultsBox = root.querySelector('[data-search-results-box]');
  var resultsList = root.querySelector('[data-search-results]');
  var moreBox = root.querySelector('[data-search-more-box]');
  var moreButton = root.querySelector('[data-search-more]');
  var noJs = root.querySelector('[data-search-nojs]');
  var noJsText = root.querySelector('[data-search-nojs-text]');

  var pagefind = null;
  var results = [];
  var shown = 0;
  var sequence = 0;
  var timer = 0;
  var countSpans = {};
  var totals = {};
  // The site's words with their counts (the build's vocabulary file), for "Bedoelde je …?".
  var vocabulary = null;

  function text(key, values) {
    var value = String(texts[key] || '');
    Object.keys(values || {}).forEach(function (name) {
      value = value.split('{' + name + '}').join(String(values[name]));
    });
    return value;
  }

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  // Pagefind's excerpt is HTML with the page text escaped and matches in <mark>. It is parsed inertly
  // and rebuilt from text nodes and <mark> elements only; anything else becomes plain text.
  function excerptNodes(html) {
    var fragment = document.createDocumentFragment();
    var parsed = new DOMParser().parseFromString('<body>' + String(html || '') + '</body>', 'text/html');
    parsed.body.childNodes.forEach(function (node) {
      if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === 'MARK') fragment.appendChild(el('mark', '', node.textContent));
      else fragment.appendChild(document.createTextNode(node.textContent || ''));
    });
    return fragment;
  }

  function selected() {
    var chosen = {};
    filtersHost.querySelectorAll('input[type="checkbox"]:checked').forEach(function (box) {
      (chosen[box.name] = chosen[box.name] || []).push(box.value);
    });
    return chosen;
  }

  function pagefindFilters(chosen) {
    var filters = {};
    Object.keys(chosen).forEach(function (name) {
      filters[name] = { any: chosen[name] };
    });
    return filters;
  }

  function updateUrl(query, chosen) {
    var params = new URLSearchParams();
    if (query) params.set('q', query);
    FILTER_ORDER.forEach(function (name) {
      (chosen[name] || []).forEach(function (value) {
        params.append(name, value);
      });
    });
    var search = params.toString();
    history.replaceState(null, '', location.pathname + (search ? '?' + search : ''));
  }

  function renderFilters(available, initial) {
    var names = FILTER_ORDER.filter(function (name) {
      return available[name] && Object.keys(available[name]).length > 0;
    });
    if (!names.length) return;
    var labels = texts.filters || {};
    var anyChecked = false;
    names.forEach(function (name) {
      var values = Object.keys(available[name]).sort(function (a, b) {
        return name === 'jaar' ? b.localeCompare(a) : a.localeCompare(b, 'nl');
      });
      var fieldset = el('fieldset', 'filter-group');
      fieldset.setAttribute('data-filter', name);
      fieldset.appendChild(el('legend', '', labels[name] || name));
      var list = el('ul', 'filter-options');
      totals[name] = available[name];
      countSpans[name] = {};
      values.forEach(function (value, index) {
        var id = 'filter-' + name + '-' + index;
        var item = el('li');
        var box = el('input');
        box.type = 'checkbox';
        box.id = id;
        box.name = name;
        box.value = value;
        if ((initial[name] || []).indexOf(value) !== -1) {
          box.checked = true;
          anyChecked = true;
        }
        var label = el('label', '', value + ' ');
        label.htmlFor = id;
        var count = el('span', 'count', '(' + available[name][value] + ')');
        countSpans[name][value] = count;
        label.appendChild(count);
        item.appendChild(box);
        item.appendChild(label);
        list.appendChild(item);
      });
      fieldset.appendChild(list);
      filtersHost.appendChild(fieldset);
    });
    var clear = el('button', 'clear-filters', text('clear'));
    clear.type = 'button';
    clear.addEventListener('click', function () {
      filtersHost.querySelectorAll('input[type="checkbox"]').forEach(function (box) {
        box.checked = false;
      });
      run();
    });
    filtersHost.appendChild(clear);
    filtersBox.hidden = false;
    // Collapsed, so the results come first; open only when the address already sets a filter.
    if (anyChecked) filtersBox.open = true;
  }

  // Counts show what ticking a box would give. Values of one filter are combined with "or", so a
  // filter that already has ticked values shows the counts without filters (Pagefind's totalFilters).
  // A value that would give no results is hidden (unless ticked, so it can be unticked); so is a
  // group with no value left, and the whole panel when nothing is left to choose.
  function updateCounts(search, chosen) {
    var anyShown = false;
    Object.keys(countSpans).forEach(function (name) {
      var counts = !search ? null : chosen && chosen[name] ? search.totalFilters : search.filters;
      var groupShown = false;
      Object.keys(countSpans[name]).forEach(function (value) {
        var source = counts && counts[name] ? counts[name] : totals[name];
        var number = source && typeof source[value] === 'number' ? source[value] : 0;
        var span = countSpans[name][value];
        span.textContent = '(' + number + ')';
        var item = span.closest('li');
        var shown = number > 0 || item.querySelector('input').checked;
        item.hidden = !shown;
        if (shown) groupShown = true;
      });
      var group = filtersHost.querySelector('fieldset[data-filter="' + name + '"]');
      if (group) group.hidden = !groupShown;
      if (groupShown) anyShown = true;
    });
    if (Object.keys(countSpans).length) filtersBox.hidden = !anyShown;
  }

  function resultItem(data) {
    var meta = data.meta || {};
    var item = el('li', 'search-result');
    var heading = el('h3', 'search-result-title');
    var link = el('a', '', meta.title || data.url);
    link.href = data.url;
    heading.appendChild(link);
    item.appendChild(heading);
    if (meta.soort) item.appendChild(el('p', 'kind', meta.soort));
    var summary = el('p', 'search-result-summary');
    if (meta.samenvatting) summary.textContent = meta.samenvatting;
    else summary.appendChild(excerptNodes(data.excerpt));
    item.appendChild(summary);
    return item;
  }

  async function showMore(focusFirst) {
    var mine = sequence;
    var batch = results.slice(shown, shown + PAGE_SIZE);
    var data = await Promise.all(batch.map(function (result) {
      return result.data();
    }));
    if (mine !== sequence) return;
    var firstLink = null;
    data.forEach(function (entry) {
      var item = resultItem(entry);
      if (!firstLink) firstLink = item.querySelector('a');
      resultsList.appendChild(item);
    });
    shown += batch.length;
    moreBox.hidden = shown >= results.length;
    if (focusFirst && firstLink) firstLink.focus();
  }

  async function run() {
    window.clearTimeout(timer);
    var mine = ++sequence;
    var query = input.value.trim();
    var chosen = selected();
    var hasFilters = Object.keys(chosen).length > 0;
    updateUrl(query, chosen);
    if (!query && !hasFilters) {
      results = [];
      shown = 0;
      resultsList.textContent = '';
      resultsBox.hidden = true;
      updateCounts(null, null);
      status.textContent = text('empty');
      noJs.hidden = false;
      return;
    }
    var search = await pagefind.search(query || null, { filters: pagefindFilters(chosen) });
    if (mine !== sequence || !search) return;
    results = search.results || [];
    shown = 0;
    resultsList.textContent = '';
    updateCounts(search, chosen);
    await showMore(false);
    if (mine !== sequence) return;
    resultsBox.hidden = results.length === 0;
    announce();
  }

  // Edit distance with adjacent transpositions ("rasisme" → "racisme" is 1), giving up above `limit`.
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var rows = [];
    for (var i = 0; i <= a.length; i++) {
      rows[i] = [i];
      var best = i;
      for (var j = 1; j <= b.length; j++) {
        if (i === 0) {
          rows[0][j] = j;
          continue;
        }
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1);
        rows[i][j] = value;
        if (value < best) best = value;
      }
      if (i > 0 && best > limit) return limit + 1;
    }
    return rows[a.length][b.length];
  }

  // A word Pagefind can find: on the site, or the start of a word on the site (it matches prefixes).
  function known(word, words) {
    if (Object.prototype.hasOwnProperty.call(vocabulary, word)) return true;
    return words.some(function (other) {
      return other.indexOf(word) === 0;
    });
  }

  // The closest site word to an unknown word of at least four letters: at most one edit, two from
  // eight letters on; the most frequent word wins a tie. Null when the query needs no correction.
  function suggestion(query) {
    if (!vocabulary) return null;
    var words = Object.keys(vocabulary);
    var changed = false;
    var corrected = query.toLocaleLowerCase('nl').split(/\s+/).filter(Boolean).map(function (word) {
      if (word.length < 4 || !/^[\p{L}\p{M}]+$/u.test(word) || known(word, words)) return word;
      var limit = word.length >= 8 ? 2 : 1;
      var best = null;
      var bestDistance = limit + 1;
      words.forEach(function (candidate) {
        var d = distance(word, candidate, limit);
        if (d < bestDistance || (d === bestDistance && best !== null && vocabulary[candidate] > vocabulary[best])) {
          best = candidate;
          bestDistance = d;
        }
      });
      if (best === null || bestDistance > limit) return word;
      changed = true;
      return best;
    });
    return changed ? corrected.join(' ') : null;
  }

  function announce() {
    var message = results.length === 0 ? text('none') : results.length === 1 ? text('one') : text('many', { n: results.length });
    if (results.length > shown) message += ' ' + text('shown', { shown: shown });
    status.textContent = message;
    var better = suggestion(input.value.trim());
    if (better) {
      // Inside the live region, so it is announced with the count; the link runs that search.
      var link = el('a', '', better);
      link.href = location.pathname + '?q=' + encodeURIComponent(better);
      link.addEventListener('click', function (event) {
        event.preventDefault();
        input.value = better;
        run();
      });
      status.appendChild(document.createTextNode(' ' + text('suggestBefore')));
      status.appendChild(link);
      status.appendChild(document.createTextNode(text('suggestAfter')));
    }
    // Nothing found: the overviews to browse instead.
    noJs.hidden = results.length > 0;
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 250);
  }

  async function start() {
    status.textContent = text('loading');
    try {
      pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ excerptLength: 24 });
      if (pagefind.init) await pagefind.init();
    } catch (error) {
      status.textContent = text('unavailable');
      return;
    }
    try {
      var response = await fetch(root.getAttribute('data-vocabulary') || '', { headers: { Accept: 'application/json' } });
      if (response.ok) vocabulary = await response.json();
    } catch (error) {
      // Without the vocabulary there are no suggestions; searching itself is unaffected.
    }
    var params = new URLSearchParams(location.search);
    var initial = {};
    FILTER_ORDER.forEach(function (name) {
      var values = params.getAll(name);
      if (values.length) initial[name] = values;
    });
    input.value = params.get('q') || '';
    try {
      renderFilters(await pagefind.filters(), initial);
    } catch (error) {
      // Searching still works without filter controls.
    }
    noJs.hidden = true;
    noJsText.textContent = text('browse');
    moreButton.textContent = text('more');
    moreButton.addEventListener('click', function () {
      showMore(true).then(announce);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      run();
    });
    input.addEventListener('input', schedule);
    filtersHost.addEventListener('change', run);
    await run();
  }

  start();
})();
