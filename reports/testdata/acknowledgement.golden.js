(function () {
  "use strict";
  if (typeof echarts === "undefined") { return; }
  var drawn = [];
  function draw(id, option) {
    var chart = echarts.init(document.getElementById(id), null, { renderer: "canvas" });
    chart.setOption(option);
    drawn.push(chart);
  }
  draw("ack-attainment-chart", {"animation":false,"color":["#D55E00","#0072B2","#009E73","#E69F00","#56B4E9","#CC79A7"],"grid":[{"left":"8","top":"48","right":"16","bottom":"8","containLabel":true}],"legend":{"show":true,"top":"0"},"series":[{"name":"Answered in time","type":"bar","data":[{"value":75},{"value":87.5},{"value":100},{"value":88.9}],"label":{"show":true,"position":"top"}}],"title":{},"toolbox":{},"tooltip":{"show":true,"trigger":"axis"},"xAxis":[{"data":["P1","P2","P3","P4"]}],"yAxis":[{"name":"%","max":100}]});
  draw("ack-times-chart", {"animation":false,"color":["#D55E00","#0072B2","#009E73","#E69F00","#56B4E9","#CC79A7"],"grid":[{"left":"8","top":"48","right":"16","bottom":"8","containLabel":true}],"legend":{"show":true,"top":"0"},"series":[{"name":"p50 first response","type":"bar","data":[{"value":60},{"value":58.3},{"value":37.5},{"value":20.8}],"label":{"show":true,"position":"top"}},{"name":"p90 first response","type":"bar","data":[{"value":140},{"value":116.7},{"value":83.3},{"value":108.3}],"label":{"show":true,"position":"top"}}],"title":{},"toolbox":{},"tooltip":{"show":true,"trigger":"axis"},"xAxis":[{"data":["P1","P2","P3","P4"]}],"yAxis":[{"name":"% of target","max":150}]});
  window.addEventListener("resize", function () {
    drawn.forEach(function (chart) { chart.resize(); });
  });
})();
