-- Drives Neovim's own LSP client against the breakdown server, in the workspace that
-- test/nvim/neovim.nvim.ts lays out, and writes what it saw as JSON to $BREAKDOWN_NVIM_OUT.
-- Every wait is on a condition that events make true (vim.wait runs the event loop), bounded.
local out = vim.env.BREAKDOWN_NVIM_OUT
local results = {}

local function finish(code)
  vim.fn.writefile({ vim.fn.json_encode(results) }, out)
  vim.cmd((code == 0 and 'qall!') or 'cquit! ' .. code)
end

local function check(ok, what)
  if not ok then
    results.error = what
    finish(1)
  end
end

local function server_stopped()
  for _, client in pairs(vim.lsp.get_active_clients()) do
    if client.is_stopped() then
      return true
    end
  end
  return #vim.lsp.get_active_clients() == 0 and results.attached == true
end

local function wait_for(condition, what)
  local met = vim.wait(30000, function()
    return condition() or server_stopped()
  end, 20)
  check(not server_stopped(), 'the server stopped while waiting for ' .. what)
  check(met, 'timed out waiting for ' .. what)
end

local function code_of(diagnostic)
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp
  return diagnostic.code or (lsp and lsp.code)
end

local function codes(buffer)
  local list = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
    table.insert(list, { code = code_of(diagnostic), line = diagnostic.lnum })
  end
  return list
end

local function has_code(buffer, code)
  for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
    if code_of(diagnostic) == code then
      return true
    end
  end
  return false
end

local function request(buffer, method, params)
  local answers, err = vim.lsp.buf_request_sync(buffer, method, params, 30000)
  check(answers ~= nil, method .. ' failed: ' .. tostring(err))
  for _, answer in pairs(answers) do
    check(answer.err == nil and answer.error == nil, method .. ' answered an error: ' .. vim.inspect(answer.err or answer.error))
    return answer.result
  end
  check(false, method .. ': no answer')
end

local function open(file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buffer = vim.api.nvim_get_current_buf()
  wait_for(function()
    return #vim.lsp.buf_get_clients(buffer) > 0
  end, 'the client to attach to ' .. file)
  results.attached = true
  return buffer
end

local function document(buffer)
  return { uri = vim.uri_from_bufnr(buffer) }
end

local function drive()
  -- 1. Diagnostics of a sample.
  local sample = open('sample/zhoushan.txt')
  wait_for(function()
    return #vim.diagnostic.get(sample) > 0
  end, 'diagnostics of the sample')
  results.sample = codes(sample)

  -- 2. Its outline.
  local symbols = request(sample, 'textDocument/documentSymbol', { textDocument = document(sample) })
  results.outline = {}
  for _, symbol in ipairs(symbols) do
    table.insert(results.outline, { name = symbol.name, children = #(symbol.children or {}) })
  end

  -- 3. References across two files (b.txt is not open), and 4. hover, on 市发改委 in a.txt.
  local notice = open('notices/a.txt')
  -- Task 2 lists its units but names no lead: lead-not-designated (a task with no unit at all would
  -- be missing-lead, but then 市发改委 would not be in it).
  wait_for(function()
    return has_code(notice, 'lead-not-designated')
  end, 'the undesignated lead in a.txt')
  local on_unit = { textDocument = document(notice), position = { line = 2, character = 6 } }
  local locations = request(notice, 'textDocument/references', vim.tbl_extend('force', on_unit, { context = { includeDeclaration = false } }))
  results.references = {}
  for _, location in ipairs(locations) do
    table.insert(results.references, { file = vim.fn.fnamemodify(vim.uri_to_fname(location.uri), ':t'), line = location.range.start.line })
  end
  local hover = request(notice, 'textDocument/hover', on_unit)
  results.hover = hover.contents.value

  -- 5. An edit that clears a finding: task 2 gets a lead unit.
  vim.api.nvim_buf_set_lines(notice, 4, 4, false, { '牵头单位：市商务局' })
  wait_for(function()
    return not has_code(notice, 'lead-not-designated')
  end, 'the undesignated lead to clear')
  results.after_edit = codes(notice)

  local clients = vim.lsp.get_active_clients()
  results.clients = #clients
  results.running = #clients == 1 and not clients[1].is_stopped()
end

-- Any Lua error (a nil answer from a dead server) is reported, never left hanging.
local ok, err = xpcall(drive, debug.traceback)
if not ok then
  results.error = err
  finish(1)
end
finish(0)
