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

-- A unique key per request: 16 random bytes of the thread (from /dev/urandom: threads start at the same moment, so
-- a seed from the clock can repeat) and a counter.
local prefix, sent = nil, 0
function M.key()
  if prefix == nil then
    local random = io.open("/dev/urandom", "rb")
    prefix = random:read(16):gsub(".", function(c) return string.format("%02x", string.byte(c)) end)
    random:close()
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
  io.write(string.format("RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f errors=%d (non-2xx %d, time-outs %d, socket %d)\n",
    summary.requests / (summary.duration / 1000000), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.status + e.timeout, e.status, e.timeout,
    e.connect + e.read + e.write))
end

return M
