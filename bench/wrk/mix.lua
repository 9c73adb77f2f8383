-- The read-heavy mix of bench/scale-out.sh: 45 % board, 30 % search, 15 % monthly figures, 10 % receptions with an
-- Idempotency-Key. Files: STORES (store ids), SEARCH (values), VEHICLES (store customer asset); MONTH (yyyy-MM).
local c = dofile("bench/wrk/common.lua")
local stores, search, vehicles = c.lines(os.getenv("STORES")), c.lines(os.getenv("SEARCH")), c.lines(os.getenv("VEHICLES"))
local month = os.getenv("MONTH")
c.auth()
request = function()
  local r = math.random(100)
  if r <= 45 then
    return wrk.format("GET", "/api/v1/work-orders/board?storeId=" .. stores[math.random(#stores)])
  elseif r <= 75 then
    return wrk.format("GET", "/api/v1/search?q=" .. c.urlencode(search[math.random(#search)]))
  elseif r <= 90 then
    return wrk.format("GET", "/api/v1/work-orders/monthly?from=" .. month)
  end
  local store, customer, asset = vehicles[math.random(#vehicles)]:match("(%S+) (%S+) (%S+)")
  wrk.headers["Idempotency-Key"] = c.key()
  local req = wrk.format("POST", "/api/v1/work-orders", nil, '{"storeId":"' .. store .. '","customerId":"' .. customer
    .. '","assetId":"' .. asset .. '","serviceType":"REPAIR","complaint":"冷车启动异响"}')
  wrk.headers["Idempotency-Key"] = nil
  return req
end
done = c.done
