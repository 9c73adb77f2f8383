-- wrk script of bench/reservations.sh: each request reserves 1 unit of a random part of the hot set.
local token = os.getenv("TOKEN")
local store = os.getenv("STORE")
local parts = {}
for line in io.lines(os.getenv("PARTS")) do parts[#parts + 1] = line end
math.randomseed(os.time())
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
local sent = 0
local thread_id = tostring(math.random(1, 1000000000))
request = function()
  local part = parts[math.random(#parts)]
  sent = sent + 1
  wrk.headers["Idempotency-Key"] = thread_id .. "-" .. sent
  return wrk.format(nil, "/api/v1/stock/reservations", nil,
    '{"storeId":"' .. store .. '","partId":"' .. part .. '","quantity":1}')
end
