-- wrk script of bench/ingest.py: every request POSTs a submission to a link never used before.
-- Arguments (after `--`): tokens file, bodies file, first token (1-based), thread count.
-- Thread n sends tokens first + n, first + n + threads, ...; bodies are taken in turn.
-- done() prints one JSON line the bench reads: counts and latency percentiles (microseconds).

local created = 0

function setup(thread)
  thread:set("id", created)
  created = created + 1
end

local function lines(path)
  local found = {}
  for line in io.lines(path) do
    found[#found + 1] = line
  end
  return found
end

local tokens, bodies, first, threads
local sent = 0
local headers = { ["Content-Type"] = "application/json" }

function init(args)
  tokens = lines(args[1])
  bodies = lines(args[2])
  first = tonumber(args[3])
  threads = tonumber(args[4])
end

function request()
  local index = first + id + sent * threads
  sent = sent + 1
  -- Past the last token the links are used again (the bench says so): resubmissions.
  local token = tokens[(index - 1) % #tokens + 1]
  local body = bodies[(index - 1) % #bodies + 1]
  return wrk.format("POST", "/api/v1/respond/" .. token, headers, body)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "microseconds": %d, "status_errors": %d, "socket_errors": %d, '
      .. '"p50": %d, "p95": %d, "p99": %d, "max": %d}\n',
    summary.requests, summary.duration, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max
  ))
end
