(function () {
  "use strict";
  if (typeof echarts === "undefined") { return; }
  var drawn = [];
  function draw(id, option) {
    var chart = echarts.init(document.getElementById(id), null, { renderer: "canvas" });
    chart.setOption(option);
    drawn.push(chart);
  }
  window.addEventListener("resize", function () {
    drawn.forEach(function (chart) { chart.resize(); });
  });
})();
