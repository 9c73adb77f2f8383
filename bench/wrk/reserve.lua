-- A stock reservation: POST /api/v1/stock/reservations of 1 unit of a random part (file PARTS) at STORE, with an
-- Idempotency-Key.
local c = dofile("bench/wrk/common.lua")
local parts = c.lines(os.getenv("PARTS"))
local store = os.getenv("STORE")
c.auth()
wrk.method = "POST"
request = function()
  wrk.headers["Idempotency-Key"] = c.key()
  return wrk.format(nil, "/api/v1/stock/reservations", nil,
    '{"storeId":"' .. store .. '","partId":"' .. parts[math.random(#parts)] .. '","quantity":1}')
end
done = c.done
