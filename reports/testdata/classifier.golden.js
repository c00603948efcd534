(function () {
  "use strict";
  if (typeof echarts === "undefined") { return; }
  var drawn = [];
  function draw(id, option) {
    var chart = echarts.init(document.getElementById(id), null, { renderer: "canvas" });
    chart.setOption(option);
    drawn.push(chart);
  }
  draw("classifier-chart", {"animation":false,"color":["#D55E00","#0072B2","#009E73","#E69F00","#56B4E9","#CC79A7"],"grid":[{"left":"8","top":"48","right":"16","bottom":"8","containLabel":true}],"legend":{"show":true,"top":"0"},"series":[{"name":"Final P1","type":"bar","stack":"total","data":[{"value":3},{"value":1},{"value":0},{"value":0}]},{"name":"Final P2","type":"bar","stack":"total","data":[{"value":1},{"value":7},{"value":1},{"value":0}]},{"name":"Final P3","type":"bar","stack":"total","data":[{"value":0},{"value":1},{"value":13},{"value":1}]},{"name":"Final P4","type":"bar","stack":"total","data":[{"value":0},{"value":0},{"value":1},{"value":9}]}],"title":{},"toolbox":{},"tooltip":{"show":true,"trigger":"axis"},"xAxis":[{"data":["P1","P2","P3","P4"]}],"yAxis":[{"minInterval":1}]});
  window.addEventListener("resize", function () {
    drawn.forEach(function (chart) { chart.resize(); });
  });
})();
