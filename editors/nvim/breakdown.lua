-- The breakdown language server in Neovim (0.7 or later), for every .txt file: notices are
-- recognised by their content, registries by name (单位名录.txt, *.units.txt).
--
--   nvim -u editors/nvim/breakdown.lua notices/a.txt      -- try it from the repository
--
-- or put this in your init.lua with BREAKDOWN_SERVER set to the built dist/server.js
-- (`npm ci && npm run build`). Diagnostics appear as you type; `:lua vim.lsp.buf.hover()`,
-- `vim.lsp.buf.references()`, `vim.lsp.buf.document_symbol()`, `vim.lsp.buf.rename()` and
-- `vim.lsp.buf.code_action()` do what they do in VS Code.

local here = debug.getinfo(1, 'S').source:sub(2)
local server = vim.env.BREAKDOWN_SERVER or (vim.fn.fnamemodify(here, ':p:h:h:h') .. '/dist/server.js')

local config = {
  name = 'breakdown',
  -- The code cache in Neovim's cache folder: a new session reads its first notice with the code the last one compiled.
  -- --min-semi-space-size=16: the Node flag VS Code starts it with too (server/src/protocol/serverOptions.ts).
  cmd = { 'node', '--min-semi-space-size=16', server, '--stdio', '--code-cache-dir=' .. vim.fn.stdpath('cache') .. '/breakdown-code-cache' },
  -- The workspace: every notice and registry under it is indexed.
  root_dir = vim.fn.getcwd(),
  -- Answered to the server's workspace/configuration request (keys as in VS Code's breakdown.*).
  settings = { breakdown = { locale = 'auto' } },
}

local client_id
local function attach(buffer)
  if vim.lsp.start then
    vim.lsp.start(config, { bufnr = buffer }) -- Neovim 0.8+: one client per name and root
  else
    client_id = client_id or vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buffer, client_id)
  end
end

vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
  pattern = '*.txt',
  callback = function(args)
    attach(args.buf)
  end,
})
