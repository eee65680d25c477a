-- GET /api/v1/movies/{id}, ids drawn at random from a file (one a line):
--   wrk -s bench/wrk/get_movie.lua http://127.0.0.1:PORT -- ids.txt
SCENARIO = "get_movie"
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

local ids_
function init(args)
  seed_random()
  ids_ = read_blob(args[1])
end

function request()
  return wrk.format("GET", "/api/v1/movies/" .. random_line(ids_))
end
