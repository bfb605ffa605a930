-- bench/route: each request carries X-Key; KEYS (comma-separated, in the environment)
-- are used in turn on every connection: two keys of different workers move the connection
-- at every request, one key never after the first.
local keys = {}
for k in string.gmatch(os.getenv("KEYS") or "a", "[^,]+") do keys[#keys + 1] = k end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/", { ["X-Key"] = keys[(n % #keys) + 1] })
end
