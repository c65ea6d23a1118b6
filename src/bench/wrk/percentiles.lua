-- prints the latency percentiles wrk's --latency table leaves out (p95 in particular)
done = function(summary, latency, requests)
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d_ms %.2f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("non2xx %d\n", summary.errors.status))
end
