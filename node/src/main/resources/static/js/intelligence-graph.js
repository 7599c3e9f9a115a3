// The relationship graph of the intelligence pages, drawn with ECharts: the neighbourhood of one
// entity (force layout, draggable, zoom and pan), nodes coloured by entity type, pointers drawn as
// grey dashed nodes naming only who holds them, edges labelled with the relationship type, and the
// shortest paths between two entities highlighted. Clicking a node opens its page. Only what the
// node's data endpoint returned is drawn; every text comes from the page's translated labels.
(function () {
  'use strict';
  var element = document.getElementById('intel-graph');
  var configElement = document.getElementById('graph-config');
  if (!element || !configElement || !window.echarts) {
    return;
  }
  var config = JSON.parse(configElement.textContent || '{}');
  var labels = config.labels || {};
  var typeNames = config.types || {};
  var relationNames = config.relationships || {};
  var base = element.getAttribute('data-base') || '/';
  var status = document.getElementById('graph-status');
  var pathStatus = document.getElementById('path-status');
  var list = document.getElementById('graph-nodes');

  var COLOURS = {
    PERSON: '#1f4e79', ORGANISATION: '#7b3fa0', VEHICLE: '#2e7d32', PHONE: '#c2410c',
    PLACE: '#00838f', FIREARM: '#8d6e00', SHIPMENT: '#6d4c41', SEIZURE: '#ad1457', CASE: '#455a64'
  };
  var POINTER = 'POINTER';
  var POINTER_FILL = '#e9edf2';
  var POINTER_LINE = '#6b7785';
  var PATH = '#d7191c';

  var nodes = {};
  var order = [];
  var edges = {};
  var pathEdges = {};
  var pathNodes = {};

  var chart = echarts.init(element, null, { renderer: 'canvas' });
  window.addEventListener('resize', function () { chart.resize(); });

  function text(key) { return labels[key] || key; }

  function format(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    return text(key).replace(/\{(\d+)\}/g, function (m, i) {
      return args[i] === undefined ? m : String(args[i]);
    });
  }

  function say(target, message) {
    if (target) { target.textContent = message; }
  }

  function get(path, params) {
    return fetch(base + path + '?' + params.toString(),
      { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) {
        return r.json().then(
          function (body) { return { ok: r.ok, status: r.status, body: body }; },
          function () { return { ok: false, status: r.status, body: null }; });
      });
  }

  function failure(answer) {
    if (answer.status === 404) { return text('notFound'); }
    if (answer.status === 400) {
      var errors = (answer.body && answer.body.errors) || [];
      return text('invalid') + (errors.length ? ': ' + errors.map(function (e) {
        return e.pointer + ' ' + e.detail;
      }).join('; ') : '');
    }
    return text('error');
  }

  function merge(data) {
    (data.nodes || []).forEach(function (n) {
      if (!nodes[n.id]) { order.push(n.id); }
      nodes[n.id] = n;
    });
    (data.edges || []).forEach(function (e) { edges[e.id] = e; });
  }

  function ownerOf(n) {
    return n.owner && n.owner.agency ? n.owner.agency : '';
  }

  function nameOf(n) {
    return n.pointer ? format('pointer', ownerOf(n)) : (n.title || typeNames[n.type] || n.type);
  }

  function categoryOf(n) { return n.pointer ? POINTER : n.type; }

  function categories() {
    var seen = [];
    order.forEach(function (id) {
      var c = categoryOf(nodes[id]);
      if (seen.indexOf(c) < 0) { seen.push(c); }
    });
    return seen;
  }

  function draw() {
    var cats = categories();
    var index = {};
    order.forEach(function (id, i) { index[id] = i; });
    var data = order.map(function (id) {
      var n = nodes[id];
      var start = id === config.id;
      var onPath = !!pathNodes[id];
      var item = {
        id: id,
        name: nameOf(n),
        category: cats.indexOf(categoryOf(n)),
        symbolSize: start ? 34 : 24,
        entity: n,
        label: { show: true, position: 'right', fontWeight: start ? 'bold' : 'normal' }
      };
      if (n.pointer) {
        item.symbol = 'roundRect';
        item.itemStyle = { color: POINTER_FILL, borderColor: onPath ? PATH : POINTER_LINE,
          borderType: 'dashed', borderWidth: 2 };
        item.label.color = POINTER_LINE;
      } else if (onPath || start) {
        item.itemStyle = { borderColor: onPath ? PATH : '#111', borderWidth: 3 };
      }
      return item;
    });
    var links = [];
    Object.keys(edges).forEach(function (id) {
      var e = edges[id];
      if (index[e.source] === undefined || index[e.target] === undefined) { return; }
      var onPath = !!pathEdges[id];
      links.push({
        source: index[e.source],
        target: index[e.target],
        relationship: e,
        lineStyle: onPath ? { color: PATH, width: 4, opacity: 1 } : { color: '#8793a1', width: 1.5 },
        label: { show: true, formatter: relationNames[e.type] || e.type, color: onPath ? PATH : '#3c4650' }
      });
    });
    chart.setOption({
      animation: false,
      tooltip: {
        formatter: function (p) {
          if (p.dataType === 'edge') {
            var r = p.data.relationship;
            return (relationNames[r.type] || r.type) + '<br>' + text('evaluation') + ': ' + r.evaluation +
              '<br>' + text('owner') + ': ' + ownerOf(r);
          }
          var n = p.data.entity;
          if (n.pointer) { return format('pointer', ownerOf(n)); }
          return escape(n.title || '') + '<br>' + (typeNames[n.type] || n.type) + ' · ' + ownerOf(n);
        }
      },
      legend: [{ top: 0, data: cats.map(function (c) { return c === POINTER ? text('legendPointer') : (typeNames[c] || c); }) }],
      series: [{
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        top: 40,
        force: { repulsion: 320, edgeLength: [100, 180], gravity: 0.08, layoutAnimation: false },
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 9,
        edgeLabel: { show: true, fontSize: 11 },
        emphasis: { focus: 'adjacency' },
        categories: cats.map(function (c) {
          return c === POINTER
            ? { name: text('legendPointer'), symbol: 'roundRect',
                itemStyle: { color: POINTER_FILL, borderColor: POINTER_LINE, borderType: 'dashed', borderWidth: 2 } }
            : { name: typeNames[c] || c, itemStyle: { color: COLOURS[c] || '#5b6673' } };
        }),
        data: data,
        links: links
      }]
    }, true);
    var pointers = order.filter(function (id) { return nodes[id].pointer; }).length;
    element.setAttribute('data-nodes', String(order.length));
    element.setAttribute('data-pointers', String(pointers));
    element.setAttribute('data-edges', String(links.length));
    listNodes();
  }

  function escape(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  // The same nodes as a list of links, for keyboards and screen readers.
  function listNodes() {
    if (!list) { return; }
    list.textContent = '';
    order.forEach(function (id) {
      var n = nodes[id];
      var li = document.createElement('li');
      li.setAttribute('data-id', id);
      if (n.pointer) { li.className = 'pointer'; }
      var a = document.createElement('a');
      a.href = base + 'intelligence/entities/' + encodeURIComponent(id);
      a.textContent = nameOf(n);
      li.appendChild(a);
      if (!n.pointer) {
        var kind = document.createElement('span');
        kind.className = 'muted';
        kind.textContent = ' ' + (typeNames[n.type] || n.type) + ' · ' + ownerOf(n);
        li.appendChild(kind);
      }
      if (id === config.id) {
        var here = document.createElement('span');
        here.className = 'chip';
        here.textContent = text('start');
        li.appendChild(document.createTextNode(' '));
        li.appendChild(here);
      } else {
        var to = document.createElement('button');
        to.type = 'button';
        to.className = 'link path-to';
        to.textContent = text('pathTo');
        to.addEventListener('click', function () {
          var input = document.getElementById('path-to');
          if (input) {
            input.value = id;
            input.form.submit();
          }
        });
        li.appendChild(document.createTextNode(' '));
        li.appendChild(to);
      }
      list.appendChild(li);
    });
  }

  chart.on('click', function (p) {
    if (p.dataType === 'node' && p.data && p.data.id) {
      window.location.href = base + 'intelligence/entities/' + encodeURIComponent(p.data.id);
    }
  });

  var depth = document.getElementById('depth');
  if (depth && depth.form) {
    depth.addEventListener('change', function () { depth.form.submit(); });
  }

  say(status, text('loading'));
  get('intelligence/graph/data', new URLSearchParams({ id: config.id, depth: String(config.depth) }))
    .then(function (answer) {
      if (!answer.ok) {
        say(status, failure(answer));
        element.setAttribute('data-error', String(answer.status));
        return null;
      }
      merge(answer.body);
      draw();
      say(status, format('summary', order.length, Object.keys(edges).length) +
        (answer.body.truncated ? ' ' + text('truncated') : ''));
      if (!config.path) { return null; }
      return get('intelligence/graph/paths', new URLSearchParams({
        from: config.path.from, to: config.path.to, maxLength: String(config.path.maxLength)
      })).then(function (found) {
        if (!found.ok) {
          say(pathStatus, failure(found));
          return;
        }
        var paths = found.body.paths || [];
        merge(found.body);
        paths.forEach(function (p) { p.forEach(function (id) { pathEdges[id] = true; }); });
        Object.keys(pathEdges).forEach(function (id) {
          var e = edges[id];
          if (e) { pathNodes[e.source] = true; pathNodes[e.target] = true; }
        });
        draw();
        element.setAttribute('data-paths', String(paths.length));
        say(pathStatus, paths.length
          ? format('pathFound', paths.length, paths[0].length)
          : text('pathNone'));
      });
    })
    .catch(function () { say(status, text('error')); });
})();
