(function () {
  "use strict";
  if (typeof echarts === "undefined") { return; }
  var drawn = [];
  function draw(id, option) {
    var chart = echarts.init(document.getElementById(id), null, { renderer: "canvas" });
    chart.setOption(option);
    drawn.push(chart);
  }
  draw("update-cadence-chart", {"animation":false,"color":["#D55E00","#0072B2","#009E73","#E69F00","#56B4E9","#CC79A7"],"grid":[{"left":"8","top":"48","right":"16","bottom":"8","containLabel":true}],"legend":{"show":true,"top":"0"},"series":[{"name":"Updates on time","type":"bar","data":[{"value":87.1},{"value":92.9}],"label":{"show":true,"position":"top"}}],"title":{},"toolbox":{},"tooltip":{"show":true,"trigger":"axis"},"xAxis":[{"data":["P1","P2"]}],"yAxis":[{"name":"%","max":100}]});
  window.addEventListener("resize", function () {
    drawn.forEach(function (chart) { chart.resize(); });
  });
})();
