-- GET /api/v1/movies?q=..., paths drawn at random from a file written by
-- `bench/prepare.py queries` (1-2 real title words, the last one sometimes a prefix):
--   wrk -s bench/wrk/search.lua http://127.0.0.1:PORT -- queries.txt
SCENARIO = "search"
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

local requests_ = {}
function init(args)
  seed_random()
  for i, path in ipairs(read_lines(args[1])) do
    requests_[i] = wrk.format("GET", path)
  end
end

function request()
  return requests_[math.random(#requests_)]
end
