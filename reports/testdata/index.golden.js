(function () {
  "use strict";
  if (typeof echarts === "undefined") { return; }
  var drawn = [];
  function draw(id, option) {
    var chart = echarts.init(document.getElementById(id), null, { renderer: "canvas" });
    chart.setOption(option);
    drawn.push(chart);
  }
  draw("tickets-by-severity-chart", {"animation":false,"color":["#D55E00","#0072B2","#009E73","#E69F00","#56B4E9","#CC79A7"],"grid":[{"left":"8","top":"48","right":"16","bottom":"8","containLabel":true}],"legend":{"show":true,"top":"0"},"series":[{"name":"Open","type":"bar","data":[{"value":3},{"value":7},{"value":12},{"value":0}],"label":{"show":true,"position":"top"}},{"name":"Resolved","type":"bar","data":[{"value":9},{"value":21},{"value":40},{"value":18}],"label":{"show":true,"position":"top"}}],"title":{},"toolbox":{},"tooltip":{"show":true,"trigger":"axis"},"xAxis":[{"data":["P1","P2","P3","P4"]}],"yAxis":[{"minInterval":1}]});
  draw("trend-by-week-chart", {"animation":false,"color":["#D55E00","#0072B2","#009E73","#E69F00","#56B4E9","#CC79A7"],"grid":[{"left":"8","top":"48","right":"16","bottom":"8","containLabel":true}],"legend":{"show":true,"top":"0"},"series":[{"name":"Opened","type":"bar","data":[{"value":13},{"value":14},{"value":11}],"label":{"show":true,"position":"top"}},{"name":"Past the first step","type":"bar","data":[{"value":1},{"value":2},{"value":1}],"label":{"show":true,"position":"top"}}],"title":{},"toolbox":{},"tooltip":{"show":true,"trigger":"axis"},"xAxis":[{"data":["2026-11-09","2026-11-16","2026-11-23"]}],"yAxis":[{"minInterval":1}]});
  window.addEventListener("resize", function () {
    drawn.forEach(function (chart) { chart.resize(); });
  });
})();
