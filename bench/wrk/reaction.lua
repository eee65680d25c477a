-- PUT /api/v1/movies/{id}/reaction: each request a random user (bearer tokens of
-- pre-registered users, one a line), a random movie and like or dislike:
--   wrk -s bench/wrk/reaction.lua http://127.0.0.1:PORT -- tokens.txt ids.txt
SCENARIO = "reaction"
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

local auth, ids = {}, nil
local bodies = { '{"reaction":"like"}', '{"reaction":"dislike"}' }
function init(args)
  seed_random()
  for i, token in ipairs(read_lines(args[1])) do auth[i] = "Bearer " .. token end
  ids = read_blob(args[2])
end

local headers = { ["Content-Type"] = "application/json" }
function request()
  headers["Authorization"] = auth[math.random(#auth)]
  return wrk.format("PUT", "/api/v1/movies/" .. random_line(ids) .. "/reaction", headers,
                    bodies[math.random(2)])
end
