-- A workshop action with its optimistic lock: hold and resume in turn on work orders in progress (file ORDERS: id
-- version status per line). Each wrk thread takes its own share of the orders and goes round them, so no order is
-- sent again before its answer, with the version that answer carried, has come back.
local c = dofile("bench/wrk/common.lua")
local all = c.lines(os.getenv("ORDERS"))
local counter = 0
setup = function(thread)
  thread:set("index", counter)
  counter = counter + 1
end
local ring, state, at = {}, {}, 0
init = function()
  c.auth()
  wrk.method = "POST"
  for i, line in ipairs(all) do
    if (i - 1) % tonumber(os.getenv("THREADS")) == index then
      local id, version, status = line:match("(%S+) (%S+) (%S+)")
      ring[#ring + 1] = id
      state[id] = { version = version, status = status, busy = false }
    end
  end
end
request = function()
  for _ = 1, #ring do
    at = at % #ring + 1
    local id = ring[at]
    local s = state[id]
    if not s.busy then
      s.busy = true
      if s.status == "ON_HOLD" then
        return wrk.format(nil, "/api/v1/work-orders/" .. id .. "/resume", nil, '{"version":' .. s.version .. '}')
      end
      return wrk.format(nil, "/api/v1/work-orders/" .. id .. "/hold", nil,
        '{"version":' .. s.version .. ',"reason":"等待配件"}')
    end
  end
  return wrk.format("GET", "/actuator/health")
end
response = function(status, headers, body)
  local id = body:match('^{"id":"([^"]+)"')
  if id and state[id] then
    state[id].version = body:match('"version":(%d+)')
    state[id].status = body:match('"status":"([A-Z_]+)"')
    state[id].busy = false
  end
end
done = c.done
