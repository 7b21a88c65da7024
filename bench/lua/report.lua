-- Prints one JSON line with the figures the harness keeps; every bench script ends with it.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p95_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,"errors":%d,"non2xx":%d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect + e.read + e.write + e.timeout + e.status, e.status))
end

-- wrk.format replaces wrk.headers (where -H puts Authorization) with the table it is given: copy them.
function headers()
  local h = {["Content-Type"] = "application/json"}
  for k, v in pairs(wrk.headers) do h[k] = v end
  return h
end

-- The first failed answer of each thread, to stderr, so an error count can be explained.
local reported = false
function report_failure(status, body)
  if status >= 300 and not reported then
    reported = true
    io.stderr:write("first failure: " .. status .. " " .. string.sub(body or "", 1, 300) .. "\n")
  end
end
