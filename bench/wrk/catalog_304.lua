-- GET /api/v1/catalog revalidated by a client that holds the current copy
-- (If-None-Match: "*" matches any ETag): 304 Not Modified, no body.
--   wrk -s bench/wrk/catalog_304.lua http://127.0.0.1:PORT
SCENARIO = "catalog_304"
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

wrk.method = "GET"
wrk.path = "/api/v1/catalog"
wrk.headers["If-None-Match"] = "*"
