// The built site, served as GitHub Pages serves it (sitekit/gzip_server.py: under its base
// path, gzip-compressed), at a free local port that SITE_URL names, so the language
// switcher and Material's sitemap fetch point at this server.
"use strict";
const { spawn, execFileSync } = require("node:child_process");
const fs = require("node:fs");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, ".venv", "bin");
// site_url's path (SITE_URL, or mkdocs.yml's default), as scripts/base-path prints it.
const BASE = execFileSync(path.join(BIN, "python"), [path.join(ROOT, "scripts", "base-path")], { encoding: "utf8" }).trim();

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function run(cmd, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${cmd} ${args.join(" ")} failed (${code}):\n${output}`)));
  });
}

// Poll until the server answers (an explicit condition, with a deadline).
async function waitForHttp(url, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} never answered`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Build into a temporary directory and serve it; resolves to { url, close }.
async function serveSite() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}${BASE}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "engines-site-"));
  await run(path.join(BIN, "mkdocs"), ["build", "--strict", "-d", dir], {
    cwd: ROOT,
    env: { ...process.env, SITE_URL: url, NO_MKDOCS_2_WARNING: "1" },
  });
  const server = spawn(path.join(BIN, "python"), ["-m", "sitekit.gzip_server", dir, "--base", BASE, "--port", String(port)],
    { cwd: ROOT, stdio: "ignore" });
  const close = () => {
    server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", close); // also when a test run is cut short
  try {
    await waitForHttp(url);
  } catch (error) {
    close();
    throw error;
  }
  return { url, base: BASE, close };
}

// The text a PDF holds, read by PDFium (pypdfium2, a test dependency), whitespace folded.
function pdfText(bytes) {
  const file = path.join(os.tmpdir(), `engines-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, bytes);
  try {
    const script = "import sys, pypdfium2; d = pypdfium2.PdfDocument(sys.argv[1]); "
      + "print(len(d)); print(' '.join(' '.join(p.get_textpage().get_text_range().split()) for p in d))";
    const [pages, text] = execFileSync(path.join(BIN, "python"), ["-c", script, file], { encoding: "utf8" }).split("\n");
    return { pages: Number(pages), text };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

module.exports = { serveSite, freePort, waitForHttp, pdfText, ROOT };
