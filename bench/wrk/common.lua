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

-- A file's text; stops the run when it cannot be read or holds no line.
local function read_text(path)
  local f = path and io.open(path, "rb")
  if not f then
    io.stderr:write("bench: cannot read '" .. tostring(path) .. "'\n")
    os.exit(2)
  end
  local text = f:read("*a")
  f:close()
  if not text:find("[^\n]") then
    io.stderr:write("bench: '" .. path .. "' is empty\n")
    os.exit(2)
  end
  return text
end

-- Lines of a file (empty lines skipped).
function read_lines(path)
  local lines = {}
  for line in read_text(path):gmatch("[^\n]+") do lines[#lines + 1] = line end
  return lines
end

-- A file of lines (ids) as one string, for random_line(). wrk runs each thread's
-- init() one after the other and starts a thread as soon as its init is done, but
-- starts its clock only after the last one: an init that splits and formats a
-- million lines (4.5 s) let the first thread run unclocked that long, and its
-- requests counted (up to 45% more req/s at 1M). Reading the file whole takes
-- milliseconds.
function read_blob(path)
  local blob = read_text(path)
  if blob:sub(-1) ~= "\n" then blob = blob .. "\n" end
  return blob
end

-- The line after the one holding a random byte of the blob, the first after the
-- last: uniform when the lines are equally long (the ids of one store), nearly so
-- otherwise. Empty lines are drawn again.
function random_line(blob)
  while true do
    local start = blob:find("\n", math.random(#blob), true) + 1
    if start > #blob then start = 1 end
    local stop = blob:find("\n", start, true)
    if stop > start then return blob:sub(start, stop - 1) end
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
