-- POST a message to the job's thread with the signed-in writer's cookies and antiforgery token.
-- Set by run.sh through the environment: PERF_PATH, PERF_COOKIE, PERF_TOKEN.
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("PERF_COOKIE")
local token = os.getenv("PERF_TOKEN")
local path = os.getenv("PERF_PATH")

request = function()
  n = n + 1
  local body = "Input.Body=Load+run+message+" .. n .. "%3A+a+short+question+about+the+brief.&__RequestVerificationToken=" .. token
  return wrk.format("POST", path, nil, body)
end
