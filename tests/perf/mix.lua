-- A mix of reads by the owner and the writer, and message posts by the writer, in a fixed rotation:
-- PERF_WRITE_EVERY=10 makes every tenth request a POST (90 % reads / 10 % posts); 0 makes it read-only.
-- Reads and posts issued are counted per thread and printed at the end, for the read req/s figure.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local job = os.getenv("PERF_JOB")
local owner = os.getenv("PERF_OWNER_COOKIE")
local writer = os.getenv("PERF_WRITER_COOKIE")
local token = os.getenv("PERF_TOKEN")
local every = tonumber(os.getenv("PERF_WRITE_EVERY") or "0")
local reads_list = {
  { "/Projects", owner },
  { "/Projects/Details/" .. job, owner },
  { "/Briefs/Version/" .. job .. "/2", writer },
  { "/Projects?status=Approved&clientId=" .. os.getenv("PERF_FILTER_CLIENT"), owner },
  { "/Drafts/Compare/" .. job .. "/2", owner },
  { "/MyJobs", writer },
  { "/Briefs/Preview/" .. job, owner },
  { "/Projects/Details/" .. job, owner },
  { "/Projects", owner },
}
n = 0
reads = 0
writes = 0

request = function()
  n = n + 1
  if every > 0 and n % every == 0 then
    writes = writes + 1
    local body = "Input.Body=Mixed+run+message+" .. n .. ".&__RequestVerificationToken=" .. token
    return wrk.format("POST", "/Thread/" .. job, { ["Cookie"] = writer, ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
  end
  reads = reads + 1
  local r = reads_list[(n % #reads_list) + 1]
  return wrk.format("GET", r[1], { ["Cookie"] = r[2] })
end

function done(summary, latency, requests)
  local r, w = 0, 0
  for _, t in ipairs(threads) do
    r = r + t:get("reads")
    w = w + t:get("writes")
  end
  io.write(string.format("MIX reads=%d writes=%d\n", r, w))
end
