// Wires the trends dashboard: fetches the series and map the reader may see and draws them.
(function () {
  'use strict';
  var configElement = document.getElementById('trend-config');
  if (!configElement || !window.PuenteTrends) {
    return;
  }
  var config = JSON.parse(configElement.textContent || '{}');
  var labels = config.labels || {};
  var query = new URLSearchParams(config.query || {});
  var base = document.querySelector('link[rel="stylesheet"]').getAttribute('href').replace(/css\/puente\.css.*$/, '');
  var options = { labels: labels };

  // The API gives a share as a fraction; the charts draw percentages.
  function forChart(data) {
    if (!data || data.measure !== 'share') { return data; }
    var copy = JSON.parse(JSON.stringify(data));
    (copy.points || copy.regions || copy.ports || []).forEach(function (p) {
      if (p.value !== null && p.value !== undefined) { p.value = p.value * 100; }
    });
    return copy;
  }

  function get(path, params) {
    return fetch(base + path + '?' + params.toString(), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; });
  }

  var seriesData = null;
  var mapData = null;
  var mapElement = document.getElementById('trend-map');
  var seriesElement = document.getElementById('trend-series');
  var distributionElement = document.getElementById('trend-distribution');

  // The public context layer, when one is chosen: monthly figures of the same months, drawn on
  // a second axis (only US subdivisions have one; elsewhere the national figure).
  var layer = config.layer;
  var context = Promise.resolve(null);
  if (layer) {
    var contextQuery = new URLSearchParams({ kind: layer.kind, measure: layer.measure, unit: layer.unit });
    if (config.query.from) { contextQuery.set('from', config.query.from.substring(0, 8) + '01'); }
    if (config.query.to) { contextQuery.set('to', config.query.to); }
    if (layer.kind === 'cdc-overdoses' && /^US-/.test(config.query.region || '')) {
      contextQuery.set('region', config.query.region);
    }
    context = get('trends/data/context', contextQuery).catch(function () { return null; });
  }

  // Drill-down: the reports the reader may open for that period (search by substance or class,
  // country and dates; the search has no subdivision or form filter, so it may list more).
  function openReports(point) {
    var start = new Date(point.start + 'T00:00:00Z');
    var end = new Date(start);
    if ((config.query.interval || 'week') === 'month') {
      end.setUTCMonth(end.getUTCMonth() + 1);
      end.setUTCDate(0);
    } else {
      end.setUTCDate(end.getUTCDate() + 6);
    }
    var search = new URLSearchParams();
    if (config.query.substance) { search.set('substance', config.query.substance); }
    if (config.query['class']) { search.set('class', config.query['class']); }
    if (config.query.country) { search.set('country', config.query.country); }
    search.set('from', point.start);
    search.set('to', end.toISOString().substring(0, 10));
    window.location.href = base + 'forensics?' + search.toString();
  }

  Promise.all([get('trends/data/series', query), context]).then(function (loaded) {
    var data = loaded[0];
    if (!data) { return; }
    seriesData = data;
    if (seriesElement) {
      seriesElement.setAttribute('data-points', String(data.points.length));
      var seriesOptions = { labels: labels, onPeriod: openReports };
      if (loaded[1] && layer) {
        seriesOptions.context = { name: layer.name, points: loaded[1].points };
        seriesElement.setAttribute('data-context-points', String(loaded[1].points.length));
      }
      PuenteTrends.series(seriesElement, forChart(data), seriesOptions);
    }
    if (distributionElement) {
      PuenteTrends.distribution(distributionElement, forChart(data), options);
    }
  });

  var mapQuery = new URLSearchParams(query);
  mapQuery.delete('region');
  var portsData = null;
  Promise.all([get('trends/data/map', mapQuery), get('trends/data/ports', mapQuery)]).then(function (loaded) {
    var data = loaded[0];
    if (!data || !mapElement) { return; }
    mapData = data;
    portsData = loaded[1];
    mapElement.setAttribute('data-regions', String(data.regions.length));
    PuenteTrends.map(mapElement, base + 'geo/subdivisions.json', forChart(data), {
      labels: labels,
      ports: { url: base + 'geo/ports.json', data: forChart(portsData) },
      onPort: function (code) {
        var form = document.getElementById('trend-filters');
        if (form && form.elements.port) {
          form.elements.port.value = code;
          form.submit();
        }
      },
      onRegion: function (code) {
        var form = document.getElementById('trend-filters');
        if (form && form.elements.region) {
          form.elements.region.value = code;
          form.submit();
        }
      }
    });
  });

  function measureOf(data) { return data && data.measure ? data.measure : ''; }

  var exportSeries = document.getElementById('export-series');
  if (exportSeries) {
    PuenteTrends.exportButton(exportSeries, function () {
      return {
        filename: 'puente-series-' + measureOf(seriesData) + '.csv',
        header: ['period', 'start', 'value', 'n', 'suppressed', 'q1', 'median', 'q3'],
        rows: (seriesData ? seriesData.points : []).map(function (p) {
          return [p.period, p.start, p.value, p.n, p.suppressed, p.q1, p.median, p.q3];
        })
      };
    });
  }
  var exportMap = document.getElementById('export-map');
  if (exportMap) {
    PuenteTrends.exportButton(exportMap, function () {
      return {
        filename: 'puente-map-' + measureOf(mapData) + '.csv',
        header: ['kind', 'code', 'value', 'n', 'suppressed'],
        rows: (mapData ? mapData.regions : []).map(function (r) {
          return ['subdivision', r.code, r.value, r.n, r.suppressed];
        }).concat((portsData ? portsData.ports : []).map(function (p) {
          return ['port', p.code, p.value, p.n, p.suppressed];
        }))
      };
    });
  }
  var exportDistribution = document.getElementById('export-distribution');
  if (exportDistribution) {
    PuenteTrends.exportButton(exportDistribution, function () {
      return {
        filename: 'puente-distribution-' + measureOf(seriesData) + '.csv',
        header: ['period', 'q1', 'median', 'q3', 'n', 'suppressed'],
        rows: (seriesData ? seriesData.points : []).map(function (p) {
          return [p.period, p.q1, p.median, p.q3, p.n, p.suppressed];
        })
      };
    });
  }
})();
