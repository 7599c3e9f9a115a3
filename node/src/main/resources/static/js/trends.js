// Charts of the trends dashboard, drawn with ECharts and no tile server: a choropleth of the three
// countries' subdivisions, a time series (with an optional public context layer), a quartile band
// for purity and tablet strength, and CSV export of the data behind any chart.
// Every text comes from the page's translated labels. A figure marked suppressed includes leaf
// cells whose few statistics-only reports were withheld (docs/trends.md): it is drawn with its
// published value and flagged, and a region with nothing to publish but withheld reports is grey.
window.PuenteTrends = (function () {
  'use strict';

  var MAP_NAME = 'puente-subdivisions';
  var SUPPRESSED = '#b8c0ca';
  var maps = {};

  function text(options, key) {
    var labels = (options && options.labels) || {};
    return labels[key] || key;
  }

  function chart(element) {
    var existing = echarts.getInstanceByDom(element);
    if (existing) { existing.dispose(); }
    var instance = echarts.init(element, null, { renderer: 'canvas' });
    window.addEventListener('resize', function () { instance.resize(); });
    return instance;
  }

  function number(value, measure) {
    if (value === null || value === undefined) { return '\u2014'; }
    var digits = measure === 'count' ? 0 : 1;
    var formatted = Number(value).toLocaleString(document.documentElement.lang || undefined,
      { maximumFractionDigits: digits, minimumFractionDigits: digits });
    return measure === 'share' || measure === 'purity' ? formatted + ' %' : formatted;
  }

  function emptyGraphic(options) {
    return [{ type: 'text', left: 'center', top: 'middle',
      style: { text: text(options, 'noData'), fill: '#5b6673', fontSize: 14 } }];
  }

  function measureName(data, options) {
    return text(options, (data && data.measure) || 'value');
  }

  // A line (or bars for counts) over periods; periods whose figure withheld a few reports carry a
  // grey triangle, so a reader knows the figure is a lower bound.
  function series(element, data, options) {
    options = options || {};
    var points = (data && data.points) || [];
    var instance = chart(element);
    var measure = data && data.measure;
    var periods = points.map(function (p) { return p.period; });
    var values = points.map(function (p) { return p.value; });
    var marks = points.map(function (p) {
      return p.suppressed ? (p.value === null || p.value === undefined ? 0 : p.value) : null;
    });
    var drawn = [
      { name: measureName(data, options), type: measure === 'count' ? 'bar' : 'line',
        data: values, connectNulls: false, showSymbol: points.length <= 60, itemStyle: { color: '#1f4e79' } },
      { name: text(options, 'suppressed'), type: 'scatter', data: marks, symbol: 'triangle',
        symbolSize: 9, itemStyle: { color: SUPPRESSED }, tooltip: { show: false } }
    ];
    var axes = [{ type: 'value', name: measureName(data, options), min: 0 }];
    var context = options.context;
    if (context && context.points && context.points.length) {
      var byPeriod = {};
      context.points.forEach(function (c) { byPeriod[c.start.substring(0, 7)] = c.value; });
      axes.push({ type: 'value', name: context.name || text(options, 'context'), position: 'right',
        splitLine: { show: false } });
      drawn.push({ name: context.name || text(options, 'context'), type: 'line', yAxisIndex: 1,
        connectNulls: true, showSymbol: false, lineStyle: { type: 'dashed', color: '#b5651d' },
        itemStyle: { color: '#b5651d' },
        data: points.map(function (p) {
          var month = p.start.substring(0, 7);
          return byPeriod.hasOwnProperty(month) ? byPeriod[month] : null;
        }) });
    }
    instance.setOption({
      animation: false,
      grid: { left: 56, right: axes.length > 1 ? 64 : 24, top: 36, bottom: 56 },
      legend: { top: 0, data: drawn.map(function (s) { return s.name; }) },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var p = points[items[0].dataIndex];
          var lines = [p.period + ' (' + p.start + ')'];
          lines.push(measureName(data, options) + ': ' + number(p.value, measure));
          lines.push(text(options, 'n') + ' = ' + p.n);
          if (p.suppressed) { lines.push(text(options, 'suppressed')); }
          items.forEach(function (i) {
            if (i.seriesIndex === 2 && i.value !== null && i.value !== undefined) {
              lines.push(i.seriesName + ': ' + Number(i.value).toLocaleString());
            }
          });
          return lines.map(escape).join('<br>');
        }
      },
      xAxis: { type: 'category', data: periods, name: text(options, 'period'), nameLocation: 'middle', nameGap: 32 },
      yAxis: axes.map(function (a) { a.nameTextStyle = { align: a.position === 'right' ? 'right' : 'left' }; return a; }),
      dataZoom: points.length > 60 ? [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 4 }] : [],
      graphic: points.length ? [] : emptyGraphic(options),
      series: drawn
    });
    if (options.onPeriod) {
      // Anywhere over a period opens it, not only on its symbol.
      instance.getZr().on('click', function (e) {
        var at = [e.offsetX, e.offsetY];
        if (!instance.containPixel('grid', at)) { return; }
        var index = instance.convertFromPixel({ seriesIndex: 0 }, at)[0];
        if (points[index]) { options.onPeriod(points[index]); }
      });
    }
    return instance;
  }

  // Median with the band between the first and third quartiles, per period.
  function distribution(element, data, options) {
    options = options || {};
    var points = ((data && data.points) || []).filter(function (p) {
      return p.median !== null && p.median !== undefined;
    });
    var instance = chart(element);
    var measure = data && data.measure;
    instance.setOption({
      animation: false,
      grid: { left: 56, right: 24, top: 36, bottom: 40 },
      legend: { top: 0, data: [text(options, 'median'), text(options, 'iqr')] },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var p = points[items[0].dataIndex];
          return [p.period, text(options, 'q1') + ': ' + number(p.q1, measure),
            text(options, 'median') + ': ' + number(p.median, measure),
            text(options, 'q3') + ': ' + number(p.q3, measure), text(options, 'n') + ' = ' + p.n]
            .concat(p.suppressed ? [text(options, 'suppressed')] : []).map(escape).join('<br>');
        }
      },
      xAxis: { type: 'category', data: points.map(function (p) { return p.period; }) },
      yAxis: { type: 'value', name: measureName(data, options), min: 0 },
      graphic: points.length ? [] : emptyGraphic(options),
      series: [
        { name: 'q1', type: 'line', stack: 'iqr', data: points.map(function (p) { return p.q1; }),
          lineStyle: { opacity: 0 }, showSymbol: false, tooltip: { show: false } },
        { name: text(options, 'iqr'), type: 'line', stack: 'iqr', showSymbol: false,
          data: points.map(function (p) { return p.q3 - p.q1; }),
          lineStyle: { opacity: 0 }, areaStyle: { color: 'rgba(31, 78, 121, 0.2)' }, itemStyle: { color: 'rgba(31, 78, 121, 0.4)' } },
        { name: text(options, 'median'), type: 'line', data: points.map(function (p) { return p.median; }),
          itemStyle: { color: '#1f4e79' } }
      ]
    });
    return instance;
  }

  function loadMap(url) {
    if (!maps[url]) {
      maps[url] = fetch(url, { credentials: 'same-origin' })
        .then(function (r) {
          if (!r.ok) { throw new Error('map ' + r.status); }
          return r.json();
        })
        .then(function (geo) {
          var names = {};
          geo.features.forEach(function (f) { names[f.properties.code] = f.properties.name; });
          echarts.registerMap(MAP_NAME, geo);
          return names;
        });
    }
    return maps[url];
  }

  // A choropleth of ISO 3166-2 subdivisions: white where nothing may be counted, grey where only
  // withheld reports are, shaded by the published value elsewhere (flagged in the tooltip when
  // some reports were withheld). With options.ports ({url, data}), the ports of entry with any
  // figure are marked as circles sized by their value.
  function map(element, url, data, options) {
    options = options || {};
    var regions = (data && data.regions) || [];
    var measure = data && data.measure;
    var portsUrl = options.ports && options.ports.url;
    return Promise.all([loadMap(url), portsUrl ? loadPorts(portsUrl) : Promise.resolve({})])
      .then(function (loaded) {
        var names = loaded[0];
        var places = loaded[1];
        var instance = chart(element);
        var byCode = {};
        var max = 0;
        regions.forEach(function (r) {
          byCode[r.code] = r;
          if (r.value !== null && r.value > max) { max = r.value; }
        });
        // Every subdivision gets an item: one without figures is drawn white, not in the
        // series' default colour.
        var items = Object.keys(names).map(function (code) {
          var r = byCode[code];
          var nothing = !r || r.value === null || r.value === undefined || (r.value === 0 && r.n === 0);
          var item = { name: code, value: nothing ? null : r.value };
          if (nothing) { item.itemStyle = { areaColor: r && r.suppressed ? SUPPRESSED : '#ffffff' }; }
          return item;
        });
        var portFigures = (options.ports && options.ports.data && options.ports.data.ports) || [];
        var portMax = 0;
        portFigures.forEach(function (p) { if (p.value > portMax) { portMax = p.value; } });
        var portItems = portFigures.filter(function (p) { return places[p.code]; }).map(function (p) {
          var place = places[p.code];
          return { name: p.code, value: [place.lon, place.lat, p.value], figure: p, place: place };
        });
        function describe(r, title) {
          var lines = [title];
          if (!r) {
            lines.push(text(options, 'noData'));
          } else {
            lines.push(measureName(data, options) + ': ' + number(r.value, measure));
            lines.push(text(options, 'n') + ' = ' + r.n);
            if (r.suppressed) { lines.push(text(options, 'suppressed')); }
          }
          return lines.map(escape).join('<br>');
        }
        var drawn = [{
          type: 'map', geoIndex: 0, data: items
        }];
        if (portItems.length) {
          drawn.push({
            name: text(options, 'ports'), type: 'scatter', coordinateSystem: 'geo', data: portItems,
            symbolSize: function (v) { return 6 + 14 * Math.sqrt(portMax > 0 ? v[2] / portMax : 0); },
            itemStyle: { color: '#b5651d', borderColor: '#ffffff', borderWidth: 1 },
            tooltip: {
              formatter: function (p) {
                var item = p.data;
                return describe(item.figure, item.place.name + ' (' + item.name + ', ' + item.place.subdivision + ')');
              }
            }
          });
        }
        instance.setOption({
          animation: false,
          tooltip: {
            trigger: 'item',
            formatter: function (p) {
              return describe(byCode[p.name], (names[p.name] || p.name) + ' (' + p.name + ')');
            }
          },
          visualMap: {
            type: 'continuous', min: 0, max: max > 0 ? max : 1, left: 8, bottom: 24, calculable: false,
            text: [text(options, 'high'), text(options, 'low')], inRange: { color: ['#e3edf7', '#1f4e79'] },
            seriesIndex: 0
          },
          geo: {
            map: MAP_NAME, nameProperty: 'code', roam: true, aspectScale: 0.75, selectedMode: false,
            emphasis: { label: { show: false }, itemStyle: { areaColor: '#f2c14e' } },
            itemStyle: { areaColor: '#ffffff', borderColor: '#8793a1', borderWidth: 0.5 }
          },
          graphic: [{ type: 'text', right: 8, bottom: 4,
            style: { text: text(options, 'attribution'), fill: '#5b6673', fontSize: 10 } }],
          series: drawn
        });
        element.setAttribute('data-ports', String(portItems.length));
        instance.on('click', function (p) {
          if (p.seriesType === 'scatter' && options.onPort) {
            options.onPort(p.name);
          } else if (p.name && options.onRegion) {
            options.onRegion(p.name);
          }
        });
        return instance;
      });
  }

  function loadPorts(url) {
    if (!maps[url]) {
      maps[url] = fetch(url, { credentials: 'same-origin' })
        .then(function (r) {
          if (!r.ok) { throw new Error('ports ' + r.status); }
          return r.json();
        })
        .then(function (list) {
          var byCode = {};
          list.ports.forEach(function (p) { byCode[p.code] = p; });
          return byCode;
        });
    }
    return maps[url];
  }

  function escape(value) {
    return String(value).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  // RFC 4180 CSV. Text that a spreadsheet would run as a formula is prefixed with an apostrophe.
  function cell(value) {
    if (value === null || value === undefined) { return ''; }
    if (typeof value === 'number' || typeof value === 'boolean') { return String(value); }
    var s = String(value);
    if (/^[=+\-@\t\r]/.test(s)) { s = "'" + s; }
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function csv(header, rows) {
    return [header].concat(rows).map(function (row) { return row.map(cell).join(','); }).join('\r\n') + '\r\n';
  }

  // Wires a button to download what getRows() returns: {header, rows, filename}.
  function exportButton(button, getRows) {
    button.addEventListener('click', function () {
      var table = getRows();
      var blob = new Blob([csv(table.header, table.rows)], { type: 'text/csv;charset=utf-8' });
      var link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = table.filename || 'puente.csv';
      document.body.appendChild(link);
      link.click();
      setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
    });
  }

  return { series: series, distribution: distribution, map: map, csv: csv, exportButton: exportButton };
})();
