-- GET /api/v1/catalog as a browser asks for it (Accept-Encoding: gzip): the
-- kept answer's compressed copy, made once per change.
--   wrk -s bench/wrk/catalog_gzip.lua http://127.0.0.1:PORT
SCENARIO = "catalog_gzip"
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

wrk.method = "GET"
wrk.path = "/api/v1/catalog"
wrk.headers["Accept-Encoding"] = "gzip"
