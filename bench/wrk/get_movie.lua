-- GET /api/v1/movies/{id}, ids drawn at random from a file (one a line):
--   wrk -s bench/wrk/get_movie.lua http://127.0.0.1:PORT -- ids.txt
SCENARIO = "get_movie"
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

local requests_ = {}
function init(args)
  seed_random()
  for i, id in ipairs(read_lines(args[1])) do
    requests_[i] = wrk.format("GET", "/api/v1/movies/" .. id)
  end
end

function request()
  return requests_[math.random(#requests_)]
end
