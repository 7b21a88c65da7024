-- POST /cases: a new case per request, each with its own Idempotency-Key (a replayed key would
-- answer from the idempotency record and measure nothing).
dofile(os.getenv("BENCH_LUA") .. "/report.lua")
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local run = tostring(os.time()) .. "-" .. tostring(math.random(1, 1e9))
local n = 0
local body = [[{"title":"Bench case opened under load","summary":"Personal data emailed to the wrong recipient by a bench client.","source":"COMPLAINT","organisation":{"id":"org-bench-writes","name":"Bench Writes Ltd","legalEntities":[{"name":"Bench Writes Limited"}]},"incident":{"occurredOn":"2026-01-02","discoveredOn":"2026-01-03","reportedOn":"2026-01-04","peopleAffected":12,"dataCategories":["contact details"],"specialCategoryData":false}}]]
function request()
  n = n + 1
  local h = headers()
  h["Idempotency-Key"] = "bench-" .. run .. "-" .. tostring(tid) .. "-" .. n
  return wrk.format("POST", "/cases", h, body)
end

function response(status, headers, body)
  report_failure(status, body)
end
