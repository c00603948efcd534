(function () {
  "use strict";
  if (typeof echarts === "undefined") { return; }
  var drawn = [];
  function draw(id, option) {
    var chart = echarts.init(document.getElementById(id), null, { renderer: "canvas" });
    chart.setOption(option);
    drawn.push(chart);
  }
  draw("escalation-levels-chart", {"animation":false,"color":["#D55E00","#0072B2","#009E73","#E69F00","#56B4E9","#CC79A7"],"grid":[{"left":"8","top":"48","right":"16","bottom":"8","containLabel":true}],"legend":{"show":true,"top":"0"},"series":[{"name":"Not escalated","type":"bar","stack":"total","data":[{"value":0},{"value":4},{"value":13},{"value":10}]},{"name":"L1 Customer Success Manager","type":"bar","stack":"total","data":[{"value":1},{"value":3},{"value":2},{"value":0}]},{"name":"L2 CS Team Lead / Manager","type":"bar","stack":"total","data":[{"value":2},{"value":2},{"value":0},{"value":0}]},{"name":"L3 VP of Customer Success","type":"bar","stack":"total","data":[{"value":1},{"value":0},{"value":0},{"value":0}]},{"name":"L4 Chief Customer Officer (CCO)","type":"bar","stack":"total","data":[{"value":0},{"value":0},{"value":0},{"value":0}]},{"name":"L5 CEO / Executive Leadership","type":"bar","stack":"total","data":[{"value":0},{"value":0},{"value":0},{"value":0}]}],"title":{},"toolbox":{},"tooltip":{"show":true,"trigger":"axis"},"xAxis":[{"data":["P1","P2","P3","P4"]}],"yAxis":[{"minInterval":1}]});
  draw("escalations-by-week-chart", {"animation":false,"color":["#D55E00","#0072B2","#009E73","#E69F00","#56B4E9","#CC79A7"],"grid":[{"left":"8","top":"48","right":"16","bottom":"8","containLabel":true}],"legend":{"show":true,"top":"0"},"series":[{"name":"Opened","type":"bar","data":[{"value":13},{"value":14},{"value":11}],"label":{"show":true,"position":"top"}},{"name":"Past the first step","type":"bar","data":[{"value":1},{"value":2},{"value":1}],"label":{"show":true,"position":"top"}}],"title":{},"toolbox":{},"tooltip":{"show":true,"trigger":"axis"},"xAxis":[{"data":["2026-11-09","2026-11-16","2026-11-23"]}],"yAxis":[{"minInterval":1}]});
  window.addEventListener("resize", function () {
    drawn.forEach(function (chart) { chart.resize(); });
  });
})();
