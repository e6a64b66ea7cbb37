-- Headless Neovim (0.7+) as an LSP client of the PrivacyLint server over stdio.
-- env: SERVER_JS (server/out/server.js), POLICY_FILE, README_FILE, RESULT_JSON (where the checks are written)
-- run: nvim --headless --clean -u NONE -c "luafile test/nvim/lsp-check.lua"
local checks = {}
local function check(name, fn)
  local ok, err = pcall(fn)
  table.insert(checks, { name = name, ok = ok, error = ok and vim.NIL or tostring(err) })
end
local function finish()
  local f = assert(io.open(vim.env.RESULT_JSON, 'w'))
  f:write(vim.fn.json_encode({ checks = checks }))
  f:close()
  vim.cmd('qall!')
end

local function main()
-- record every publishDiagnostics (also empty ones) with the raw LSP payload, then let the default handler run
local published = {}
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
local client_id = vim.lsp.start_client({
  name = 'privacylint',
  cmd = { 'node', vim.env.SERVER_JS, '--stdio' },
  root_dir = vim.fn.fnamemodify(vim.env.POLICY_FILE, ':p:h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
      if res then
        published[res.uri] = published[res.uri] or {}
        table.insert(published[res.uri], res)
      end
      return default_publish(err, res, ctx, config)
    end,
  },
})
if not client_id then
  table.insert(checks, { name = 'start the server', ok = false, error = 'vim.lsp.start_client returned nil' })
  return
end

local function open(file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'
  vim.lsp.buf_attach_client(bufnr, client_id) -- initialize (once) + didOpen
  return bufnr, vim.uri_from_bufnr(bufnr)
end
local function latest(uri)
  local list = published[uri]
  return list and list[#list] or nil
end
local function codes(diags)
  local out = {}
  for _, d in ipairs(diags) do out[d.code] = d end
  return out
end
local function request(bufnr, method, params)
  local resp, err = vim.lsp.buf_request_sync(bufnr, method, params, 5000)
  assert(resp, 'no answer to ' .. method .. ': ' .. tostring(err))
  for _, r in pairs(resp) do
    assert(not r.err, method .. ' failed: ' .. vim.inspect(r.err))
    return r.result
  end
end

local policy, policy_uri = open(vim.env.POLICY_FILE)

check('policy: diagnostics with rule ids dpo-contact, right-to-restriction, obsolete-transfer-mechanism', function()
  assert(vim.wait(15000, function() return latest(policy_uri) ~= nil end, 20), 'no publishDiagnostics within 15 s')
  local by = codes(latest(policy_uri).diagnostics)
  for _, rule in ipairs({ 'dpo-contact', 'right-to-restriction', 'obsolete-transfer-mechanism' }) do
    assert(by[rule], 'missing ' .. rule .. ' in ' .. vim.inspect(vim.tbl_keys(by)))
    assert(by[rule].source == 'privacylint', 'source ' .. tostring(by[rule].source))
  end
  assert(by['obsolete-transfer-mechanism'].severity == 1, 'Privacy Shield must be an error')
  assert(by['dpo-contact'].range.start.line == 0, 'dpo-contact belongs to the title')
  -- and Neovim's own diagnostic list has them too
  local mine = vim.diagnostic.get(policy)
  assert(#mine == #latest(policy_uri).diagnostics, 'vim.diagnostic.get has ' .. #mine)
end)

check('policy: hover on the title explains dpo-contact', function()
  local h = request(policy, 'textDocument/hover', { textDocument = { uri = policy_uri }, position = { line = 0, character = 4 } })
  assert(h and h.contents, 'empty hover')
  local text = type(h.contents) == 'table' and (h.contents.value or vim.inspect(h.contents)) or tostring(h.contents)
  assert(text:find('dpo-contact', 1, true), 'hover lacks the rule id: ' .. text:sub(1, 200))
  assert(text:find('Why it matters', 1, true), 'hover lacks the explanation: ' .. text:sub(1, 200))
end)

check('policy: the quick fix inserts the restriction clause and the finding goes away', function()
  local diag = codes(latest(policy_uri).diagnostics)['right-to-restriction']
  assert(diag, 'no right-to-restriction diagnostic')
  local actions = request(policy, 'textDocument/codeAction', {
    textDocument = { uri = policy_uri }, range = diag.range, context = { diagnostics = { diag }, only = { 'quickfix' } },
  })
  local fix
  for _, a in ipairs(actions or {}) do
    if a.title and a.title:find('Insert clause: Right to restriction', 1, true) then fix = a end
  end
  assert(fix and fix.edit, 'no insert action: ' .. vim.inspect(vim.tbl_map(function(a) return a.title end, actions or {})))
  local count = #published[policy_uri]
  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16') -- didChange goes to the server
  local text = table.concat(vim.api.nvim_buf_get_lines(policy, 0, -1, false), '\n')
  assert(text:find('restrict the processing', 1, true), 'clause not in the buffer')
  assert(vim.wait(10000, function()
    return #published[policy_uri] > count and codes(latest(policy_uri).diagnostics)['right-to-restriction'] == nil
  end, 20), 'right-to-restriction still reported after the edit')
  assert(codes(latest(policy_uri).diagnostics)['dpo-contact'], 'dpo-contact must stay')
end)

local readme, readme_uri = open(vim.env.README_FILE)
check('README.md: no findings', function()
  local c = vim.lsp.get_client_by_id(client_id)
  assert(c and not c.is_stopped(), 'the server is not running')
  vim.wait(3000, function() return latest(readme_uri) ~= nil end, 20) -- an empty publish or none at all are both fine
  local last = latest(readme_uri)
  assert(last == nil or #last.diagnostics == 0, vim.inspect(last and last.diagnostics))
  assert(#vim.diagnostic.get(readme) == 0, 'vim.diagnostic.get(README) is not empty')
end)

local client = vim.lsp.get_client_by_id(client_id)
if client then
  client.stop()
  vim.wait(3000, function() return client.is_stopped() end, 20)
end
end

local ok, err = pcall(main)
if not ok then table.insert(checks, { name = 'lsp-check.lua ran to the end', ok = false, error = tostring(err) }) end
finish()
