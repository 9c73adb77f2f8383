-- Reads: GET of PATH with each line of the file VALUES (URL-encoded) put in place of {} — search, board, monthly.
local c = dofile("bench/wrk/common.lua")
local values = c.lines(os.getenv("VALUES"))
local path = os.getenv("URL_PATH")
c.auth()
request = function()
  local value = c.urlencode(values[math.random(#values)])
  return wrk.format("GET", (path:gsub("{}", function() return value end)))
end
done = c.done
