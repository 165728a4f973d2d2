// govdoc's offline search, loaded by the search page (/<lang>/search/) with <script defer>.
//
// Without JavaScript that page lists every entry, grouped by kind; with it, this script shows
// the search form, fetches the language's index (/<lang>/search/index.json, made at build time
// by src/render/search.rs) and lists the entries that match what the reader types.
//
// Matching (the same rules as src/render/search.rs):
// - the query is lower-cased and the acute, grave, circumflex and diaeresis accents of the
//   vowels a e i o u are dropped (ae, o-slash, a-ring and n-tilde stay letters of their own),
//   as the index does with its stems (FOLD below; this file is ASCII-only);
// - it is split into words at every character that is not a letter or digit;
// - a query word matches a stem when both have at least `min_stem` (3) characters and one is
//   a prefix of the other ("systemeieren" matches the stem "systemei", "syst" matches it too);
// - an entry is listed when at least one word matches; entries matching every word come first,
//   then those with more words matched in the title, then more words matched at all; ties keep
//   the index's order (roles, forums, systems, risks, pages).
(function () {
  'use strict';

  var form = document.querySelector('form.search-form[data-index]');
  if (!form || !window.fetch) return;
  var input = form.querySelector('input[type="search"]');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var all = document.getElementById('search-all');
  if (!input || !status || !results) return;

  var FOLD = {
    '\u00e1': 'a', '\u00e0': 'a', '\u00e2': 'a', '\u00e4': 'a',
    '\u00e9': 'e', '\u00e8': 'e', '\u00ea': 'e', '\u00eb': 'e',
    '\u00ed': 'i', '\u00ec': 'i', '\u00ee': 'i', '\u00ef': 'i',
    '\u00f3': 'o', '\u00f2': 'o', '\u00f4': 'o', '\u00f6': 'o',
    '\u00fa': 'u', '\u00f9': 'u', '\u00fb': 'u', '\u00fc': 'u'
  };

  function normalize(s) {
    return s.toLowerCase().replace(/[\u00e1\u00e0\u00e2\u00e4\u00e9\u00e8\u00ea\u00eb\u00ed\u00ec\u00ee\u00ef\u00f3\u00f2\u00f4\u00f6\u00fa\u00f9\u00fb\u00fc]/g, function (c) { return FOLD[c]; });
  }

  function words(s) {
    return normalize(s).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  var index = null;
  var minStem = 3;

  function matches(word, stems) {
    for (var i = 0; i < stems.length; i++) {
      var s = stems[i];
      if (s.length < minStem) continue;
      if (s.indexOf(word) === 0 || word.indexOf(s) === 0) return true;
    }
    return false;
  }

  function say(text) {
    status.textContent = text;
  }

  function count(n) {
    if (n === 0) return form.dataset.statusNone;
    if (n === 1) return form.dataset.statusOne;
    return form.dataset.statusMany.replace('{count}', String(n));
  }

  function render(list) {
    results.textContent = '';
    list.forEach(function (e) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = e.url;
      a.textContent = e.title;
      li.appendChild(a);
      var kind = document.createElement('span');
      kind.className = 'search-kind';
      kind.textContent = e.kind_label;
      li.appendChild(kind);
      if (e.text) {
        var p = document.createElement('p');
        p.className = 'detail';
        p.textContent = e.text;
        li.appendChild(p);
      }
      results.appendChild(li);
    });
    results.hidden = list.length === 0;
  }

  function search() {
    var query = input.value;
    var qs = words(query).filter(function (w) { return w.length >= minStem; });
    if (query.trim() === '') {
      render([]);
      say('');
      if (all) all.hidden = false;
      return;
    }
    if (all) all.hidden = true;
    if (qs.length === 0) {
      render([]);
      say(form.dataset.statusShort);
      return;
    }
    if (!index) return; // the index is still loading; search() runs again when it is there
    var scored = [];
    index.entries.forEach(function (e, order) {
      var hits = 0;
      var titleHits = 0;
      qs.forEach(function (w) {
        if (matches(w, e.title_stems)) { titleHits++; hits++; }
        else if (matches(w, e.stems)) hits++;
      });
      if (hits > 0) {
        scored.push({ e: e, every: hits === qs.length ? 1 : 0, title: titleHits, hits: hits, order: order });
      }
    });
    scored.sort(function (a, b) {
      return (b.every - a.every) || (b.title - a.title) || (b.hits - a.hits) || (a.order - b.order);
    });
    var list = scored.map(function (s) { return s.e; });
    render(list);
    say(count(list.length));
  }

  form.hidden = false;
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    search();
  });
  input.addEventListener('input', search);

  // A query in the address (`?q=...`, as the form sends it) is searched at once.
  var q = new URLSearchParams(window.location.search).get('q');
  if (q) input.value = q;

  fetch(form.dataset.index, { credentials: 'same-origin' })
    .then(function (r) {
      if (!r.ok) throw new Error(String(r.status));
      return r.json();
    })
    .then(function (data) {
      index = data;
      if (typeof data.min_stem === 'number') minStem = data.min_stem;
      if (input.value) search();
    })
    .catch(function () {
      form.hidden = true;
      if (all) all.hidden = false;
      say(form.dataset.statusError);
    });
})();
