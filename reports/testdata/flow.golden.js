(function () {
  "use strict";
  if (typeof echarts === "undefined") { return; }
  var drawn = [];
  function draw(id, option) {
    var chart = echarts.init(document.getElementById(id), null, { renderer: "canvas" });
    chart.setOption(option);
    drawn.push(chart);
  }
  draw("volume-by-week-chart", {"animation":false,"color":["#D55E00","#0072B2","#009E73","#E69F00","#56B4E9","#CC79A7"],"grid":[{"left":"8","top":"48","right":"16","bottom":"8","containLabel":true}],"legend":{"show":true,"top":"0"},"series":[{"name":"P1","type":"bar","stack":"total","data":[{"value":1},{"value":2},{"value":1}]},{"name":"P2","type":"bar","stack":"total","data":[{"value":3},{"value":3},{"value":3}]},{"name":"P3","type":"bar","stack":"total","data":[{"value":5},{"value":6},{"value":4}]},{"name":"P4","type":"bar","stack":"total","data":[{"value":4},{"value":3},{"value":3}]}],"title":{},"toolbox":{},"tooltip":{"show":true,"trigger":"axis"},"xAxis":[{"data":["2026-11-09","2026-11-16","2026-11-23"]}],"yAxis":[{"minInterval":1}]});
  draw("time-to-resolve-chart", {"animation":false,"color":["#D55E00","#0072B2","#009E73","#E69F00","#56B4E9","#CC79A7"],"grid":[{"left":"8","top":"48","right":"16","bottom":"8","containLabel":true}],"legend":{"show":true,"top":"0"},"series":[{"name":"P1","type":"line","showSymbol":true,"data":[{"value":4},{"value":6},{"value":"-"}],"animation":false},{"name":"P2","type":"line","showSymbol":true,"data":[{"value":28},{"value":33},{"value":26}],"animation":false},{"name":"P3","type":"line","showSymbol":true,"data":[{"value":45},{"value":52},{"value":40}],"animation":false},{"name":"P4","type":"line","showSymbol":true,"data":[{"value":60},{"value":72},{"value":80}],"animation":false}],"title":{},"toolbox":{},"tooltip":{"show":true,"trigger":"axis"},"xAxis":[{"data":["2026-11-09","2026-11-16","2026-11-23"]}],"yAxis":[{"name":"hours (p50)"}]});
  draw("backlog-by-age-chart", {"animation":false,"color":["#D55E00","#0072B2","#009E73","#E69F00","#56B4E9","#CC79A7"],"grid":[{"left":"8","top":"48","right":"16","bottom":"8","containLabel":true}],"legend":{"show":true,"top":"0"},"series":[{"name":"Under 24 h","type":"bar","stack":"total","data":[{"value":1},{"value":1},{"value":3},{"value":2}]},{"name":"24–48 h","type":"bar","stack":"total","data":[{"value":0},{"value":1},{"value":1},{"value":0}]},{"name":"48 h and more","type":"bar","stack":"total","data":[{"value":0},{"value":0},{"value":1},{"value":1}]}],"title":{},"toolbox":{},"tooltip":{"show":true,"trigger":"axis"},"xAxis":[{"data":["P1","P2","P3","P4"]}],"yAxis":[{"minInterval":1}]});
  window.addEventListener("resize", function () {
    drawn.forEach(function (chart) { chart.resize(); });
  });
})();
