-- Copyright (c) SshdLint contributors. Licensed under the MIT license.
--
-- Drives `sshdlint server` from a real Neovim (Debian's 0.7) with its built-in LSP client:
--   nvim --headless --noplugin -i NONE -n -u init.lua
-- Environment: SSHDLINT_DLL (the built sshdlint.dll), SSHDLINT_DOTNET (the dotnet host), SSHDLINT_FILE (the
-- sshd_config to open), SSHDLINT_RESULT (where to write what happened, as JSON, for the C# test to check).
-- Neovim 0.7 has no `-l`, so the script runs as the init file and starts its work on VimEnter.

local dll = assert(os.getenv('SSHDLINT_DLL'), 'SSHDLINT_DLL is not set')
local dotnet = os.getenv('SSHDLINT_DOTNET') or 'dotnet'
local file = assert(os.getenv('SSHDLINT_FILE'), 'SSHDLINT_FILE is not set')
local out = assert(os.getenv('SSHDLINT_RESULT'), 'SSHDLINT_RESULT is not set')
local timeout = 30000

local result = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch) }

local function write_result()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

local function line_of(bufnr, pattern)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if line:match(pattern) then return i - 1 end
  end
  error('no line matches ' .. pattern)
end

local function diagnostics(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(list, { lnum = d.lnum, col = d.col, message = d.message, severity = d.severity, source = d.source, code = d.code or lsp.code })
  end
  return list
end

local function has_code(bufnr, code)
  for _, d in ipairs(diagnostics(bufnr)) do
    if d.code == code then return true end
  end
  return false
end

local function request(client, bufnr, method, params)
  local response, err = client.request_sync(method, params, timeout, bufnr)
  if not response then error(method .. ': ' .. tostring(err)) end
  if response.err then error(method .. ': ' .. vim.inspect(response.err)) end
  return response.result
end

local function main()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  local client_id = vim.lsp.start_client({
    name = 'sshdlint',
    cmd = { dotnet, dll, 'server' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    on_exit = function(code) result.server_exit = code end,
  })
  assert(client_id, 'vim.lsp.start_client failed')
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  -- Diagnostics pushed after didOpen.
  assert(vim.wait(timeout, function() return has_code(bufnr, 'SSHD2001') and has_code(bufnr, 'SSHD3001') end, 50), 'no diagnostics arrived')
  result.diagnostics = diagnostics(bufnr)

  -- Hover on the PermitRootLogin keyword.
  local root = line_of(bufnr, '^PermitRootLogin')
  local hover = request(client, bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = root, character = 3 } })
  result.hover = hover and hover.contents and hover.contents.value

  -- A code action: the safe fix for the deprecated keyword, applied by Neovim itself.
  local deprecated = line_of(bufnr, '^UsePrivilegeSeparation')
  local actions = request(client, bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = deprecated, character = 0 }, ['end'] = { line = deprecated, character = 0 } },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, deprecated) },
  })
  result.code_actions = {}
  local chosen
  for _, action in ipairs(actions or {}) do
    table.insert(result.code_actions, { title = action.title, kind = action.kind, preferred = action.isPreferred })
    if action.isPreferred and not chosen then chosen = action end
  end
  assert(chosen, 'no preferred code action')
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  result.applied = chosen.title
  result.lines_after_fix = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  -- The edit reaches the server as didChange; the finding goes away.
  assert(vim.wait(timeout, function() return not has_code(bufnr, 'SSHD3001') end, 50), 'the fixed finding did not go away')
  result.diagnostics_after_fix = diagnostics(bufnr)

  -- Completion: keywords at the start of a new line inside the Match block, algorithm names after a comma.
  local last = vim.api.nvim_buf_line_count(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, last, last, false, { '    PermitT' })
  vim.wait(300) -- let the debounced didChange go out (requests flush it too, but do not rely on that)
  local keywords = request(client, bufnr, 'textDocument/completion', { textDocument = { uri = uri }, position = { line = last, character = 11 } })
  result.completion_keywords = {}
  for _, item in ipairs(keywords.items or keywords) do table.insert(result.completion_keywords, item.label) end

  -- Document symbols.
  local symbols = request(client, bufnr, 'textDocument/documentSymbol', { textDocument = { uri = uri } })
  result.symbols = {}
  for _, s in ipairs(symbols or {}) do
    local children = {}
    for _, c in ipairs(s.children or {}) do table.insert(children, c.name) end
    table.insert(result.symbols, { name = s.name, kind = s.kind, children = children })
  end

  -- Shutdown and exit through Neovim's own client.
  vim.lsp.stop_client(client_id)
  vim.wait(timeout, function() return result.server_exit ~= nil end, 50)
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    local ok, err = pcall(main)
    if not ok then result.error = tostring(err) end
    write_result()
    vim.cmd(ok and 'qall!' or 'cquit! 1')
  end,
})
