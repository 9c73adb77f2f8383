-- Shared by the wrk scripts of bench/run.sh: reading value files, keys, URL encoding and one result line per run.
local M = {}

function M.lines(path)
  local t = {}
  for line in io.lines(path) do if line ~= "" then t[#t + 1] = line end end
  return t
end

function M.urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- A random key per request: the thread's random prefix and a counter.
local prefix, sent = nil, 0
function M.key()
  if prefix == nil then
    math.randomseed(os.time() + math.floor(os.clock() * 1000000))
    prefix = tostring(math.random(1, 2000000000)) .. "-" .. tostring(math.random(1, 2000000000))
  end
  sent = sent + 1
  return prefix .. "-" .. sent
end

function M.auth()
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
  wrk.headers["Content-Type"] = "application/json"
end

-- One machine-readable line: requests per second, latency percentiles in ms, and requests that failed (non-2xx,
-- time-outs, socket errors).
function M.done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f errors=%d\n",
    summary.requests / (summary.duration / 1000000), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.status + e.timeout))
end

return M
