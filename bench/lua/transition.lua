-- POST /cases/{id}/transitions OPEN -> INVESTIGATING, each request on its own OPEN case (ids from
-- the file in BENCH_IDS, shared out between threads), each with its own Idempotency-Key.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
local run = tostring(os.time()) .. "-" .. tostring(math.random(1, 1e9))
local n = 0
function request()
  local i = (n * 2 + (tid - 1)) % #ids + 1
  n = n + 1
  local h = headers()
  h["Idempotency-Key"] = "bench-t-" .. run .. "-" .. tostring(tid) .. "-" .. n
  return wrk.format("POST", "/cases/" .. ids[i] .. "/transitions", h,
    '{"to":"INVESTIGATING","reason":"Bench: investigation started"}')
end

function response(status, headers, body)
  report_failure(status, body)
end
