-- Reception: POST /api/v1/work-orders for a random vehicle (file VEHICLES: store customer asset per line), with an
-- Idempotency-Key.
local c = dofile("bench/wrk/common.lua")
local vehicles = c.lines(os.getenv("VEHICLES"))
c.auth()
wrk.method = "POST"
request = function()
  local store, customer, asset = vehicles[math.random(#vehicles)]:match("(%S+) (%S+) (%S+)")
  wrk.headers["Idempotency-Key"] = c.key()
  return wrk.format(nil, "/api/v1/work-orders", nil, '{"storeId":"' .. store .. '","customerId":"' .. customer
    .. '","assetId":"' .. asset .. '","serviceType":"REPAIR","complaint":"冷车启动异响","mileage":0}')
end
done = c.done
