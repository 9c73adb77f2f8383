// Charts (Apache ECharts): an element with data-chart holds what to draw as JSON, written by the server:
// {labels: [...], axes: [left, right], series: [{name, type: "bar"|"line", axis: 0|1, data: [...]}]}.
// The same figures are always in a table on the page; the chart is a picture of them.
(function () {
  "use strict";

  var COLOURS = ["#0b3d91", "#9aa5b1", "#d35400", "#198754"];

  function draw(root) {
    if (!window.echarts || !root.querySelectorAll) {
      return;
    }
    root.querySelectorAll("[data-chart]").forEach(function (element) {
      if (element.hasAttribute("data-chart-ready")) {
        return;
      }
      element.setAttribute("data-chart-ready", "");
      var spec = JSON.parse(element.getAttribute("data-chart"));
      var chart = window.echarts.init(element);
      // On a phone the legend takes two lines and the axes go without names (the legend says what is what).
      var narrow = element.clientWidth < 500;
      var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      chart.setOption({
        animation: !still,
        color: COLOURS,
        tooltip: { trigger: "axis" },
        legend: { top: 0, itemGap: narrow ? 8 : 10 },
        grid: { left: 8, right: 8, top: narrow ? 56 : 40, bottom: 8, containLabel: true },
        xAxis: { type: "category", data: spec.labels },
        yAxis: spec.axes.map(function (name, i) {
          return { type: "value", name: narrow ? "" : name, splitLine: { show: i === 0 } };
        }),
        series: spec.series.map(function (s) {
          return { name: s.name, type: s.type, yAxisIndex: s.axis || 0, data: s.data, smooth: s.type === "line" };
        })
      });
      window.addEventListener("resize", function () {
        chart.resize();
      });
    });
  }

  if (window.htmx) {
    window.htmx.onLoad(draw);
  } else {
    document.addEventListener("DOMContentLoaded", function () {
      draw(document);
    });
  }
})();
