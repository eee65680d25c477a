-- PUT /api/v1/movies/{id}/reaction: each request a random user (bearer tokens of
-- pre-registered users, one a line), a random movie and like or dislike:
--   wrk -s bench/wrk/reaction.lua http://127.0.0.1:PORT -- tokens.txt ids.txt
SCENARIO = "reaction"
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

local auth, paths = {}, {}
local bodies = { '{"reaction":"like"}', '{"reaction":"dislike"}' }
function init(args)
  seed_random()
  for i, token in ipairs(read_lines(args[1])) do auth[i] = "Bearer " .. token end
  for i, id in ipairs(read_lines(args[2])) do paths[i] = "/api/v1/movies/" .. id .. "/reaction" end
end

local headers = { ["Content-Type"] = "application/json" }
function request()
  headers["Authorization"] = auth[math.random(#auth)]
  return wrk.format("PUT", paths[math.random(#paths)], headers,
                    bodies[math.random(2)])
end
