-- Shared by the bench scenarios (wrk 4.x, LuaJIT). A scenario script sets
-- SCENARIO, then `dofile`s this file, then defines init()/request() as needed.
--
-- Each wrk thread gets its own id (and so its own random sequence) from setup();
-- done() prints one machine-readable line:
--   BENCH {"scenario":..., "requests":N, "duration_s":..., "rps":..., "p50_ms":...,
--          "p90_ms":..., "p99_ms":..., "max_ms":..., "mean_ms":..., "bytes":N,
--          "errors":{"connect":N,"read":N,"write":N,"status":N,"timeout":N}}
-- (errors.status counts HTTP statuses >= 400: a clean run has all errors at 0.)

local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_id", thread_count)
end

-- Lines of a file (empty lines skipped); stops the run when it has none.
function read_lines(path)
  local lines = {}
  local f = path and io.open(path, "r")
  if not f then
    io.stderr:write("bench: cannot read '" .. tostring(path) .. "'\n")
    os.exit(2)
  end
  for line in f:lines() do
    if #line > 0 then lines[#lines + 1] = line end
  end
  f:close()
  if #lines == 0 then
    io.stderr:write("bench: '" .. path .. "' is empty\n")
    os.exit(2)
  end
  return lines
end

-- A file of lines (ids) as one string, for random_line(). wrk runs each thread's
-- init() one after the other and starts a thread as soon as its init is done, but
-- starts its clock only after the last one: an init that splits and formats a
-- million lines (4.5 s) let the first thread run unclocked that long, and its
-- requests counted (up to 45% more req/s at 1M). Reading the file whole takes
-- milliseconds.
function read_blob(path)
  local f = path and io.open(path, "rb")
  if not f then
    io.stderr:write("bench: cannot read '" .. tostring(path) .. "'\n")
    os.exit(2)
  end
  local blob = f:read("*a")
  f:close()
  if not blob:find("%S") then
    io.stderr:write("bench: '" .. path .. "' is empty\n")
    os.exit(2)
  end
  if blob:sub(-1) ~= "\n" then blob = blob .. "\n" end
  return "\n" .. blob  -- every line follows a line break
end

-- The line after a random byte of the blob: uniform when the lines are equally
-- long (the ids of one store), nearly so otherwise.
function random_line(blob)
  while true do
    local at = blob:find("\n", math.random(#blob - 1), true)
    local stop = blob:find("\n", at + 1, true)
    if stop and stop > at + 1 then return blob:sub(at + 1, stop - 1) end
  end
end

function seed_random()
  math.randomseed(1000003 * (tonumber(thread_id) or 1) + 17)
  for _ = 1, 10 do math.random() end
end

local function ms(us) return string.format("%.3f", us / 1000.0) end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    'BENCH {"scenario":"%s","requests":%d,"duration_s":%.3f,"rps":%.1f,' ..
    '"p50_ms":%s,"p90_ms":%s,"p99_ms":%s,"max_ms":%s,"mean_ms":%s,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\n',
    SCENARIO, summary.requests, seconds, summary.requests / seconds,
    ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(99)),
    ms(latency.max), ms(latency.mean), summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout))
end
