-- GET /api/v1/catalog (anonymous: the top 100 titles by score):
--   wrk -s bench/wrk/catalog.lua http://127.0.0.1:PORT
SCENARIO = "catalog"
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

wrk.method = "GET"
wrk.path = "/api/v1/catalog"
