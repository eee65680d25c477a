-- GET /api/v1/movies/{id}, ids drawn at random from a file (one a line):
--   wrk -s bench/wrk/get_movie.lua http://127.0.0.1:PORT -- ids.txt
SCENARIO = "get_movie"
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

local ids_, host_
function init(args)
  seed_random()
  ids_ = read_blob(args[1])
  host_ = wrk.headers["Host"] or (wrk.host .. ":" .. wrk.port)
end

-- What wrk.format writes for a GET without extra headers.
function request()
  return "GET /api/v1/movies/" .. random_line(ids_) .. " HTTP/1.1\r\nHost: " .. host_ .. "\r\n\r\n"
end
