// npx tsx scripts/render-comment.ts [OUT.png]: makes docs/comment.png, the picture of the comment
// `npm run demo` gets on its failing pull request (#42: a file outside its scope, which the open
// #43 also writes, and a dependency not merged yet). The comment is real: the committed bundle
// (dist/index.js, Node 24) runs against the local GitHub stand-in and posts it; when no comment is
// posted (a build without comments), the job summary, the same renderReport text, is used. The
// Markdown is turned into HTML by `marked`, styled like a GitHub comment, and photographed by
// headless Chromium. Needs (none are project dependencies):
//   apt-get update && apt-get install -y chromium fonts-noto-color-emoji fonts-liberation
//   (fonts-liberation comes with chromium's recommended packages; without it, or another font
//   the page names, Chromium takes digits and spaces from the emoji font)
//   marked, which this script installs into a temporary folder outside the repository.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { pullRequestEvent } from '../testing/event.js'
import { ROOT, runAction } from '../testing/run-action.js'
import { FakeGitHub } from '../testing/server.js'
import { demoExample } from './demo-example.js'

const MARKED_DIR = join(tmpdir(), 'pr-scope-render')
const MARKED_VERSION = '18'
const WIDTH = 900
const SCALE = 2

/** The Markdown of the comment the demo's failing pull request gets, from a real run. */
async function demoComment(): Promise<string> {
  const { repo, outside } = demoExample()
  const server = await new FakeGitHub({ repositories: [repo] }).start()
  try {
    const run = await runAction({
      server,
      event: pullRequestEvent(server, repo, outside),
      token: 'ghs_write',
      inputs: { comment: 'always' }
    })
    const comment = repo.comments.find((c) => c.issueNumber === outside.number)
    const markdown = comment?.body ?? run.summary
    if (markdown.trim() === '') throw new Error(`the run printed no report:\n${run.stderr}`)
    return markdown
  } finally {
    await server.stop()
  }
}

/** Loads marked from the temporary folder, installing it there first when needed. */
async function loadMarked(): Promise<(markdown: string) => string> {
  const entry = join(MARKED_DIR, 'node_modules', 'marked', 'lib', 'marked.esm.js')
  if (!existsSync(entry)) {
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefix', MARKED_DIR, `marked@${MARKED_VERSION}`],
      { stdio: 'inherit' }
    )
  }
  const { marked } = (await import(pathToFileURL(entry).href)) as {
    marked: { parse(markdown: string, options: { gfm: boolean; async: false }): string }
  }
  return (markdown) => marked.parse(markdown, { gfm: true, async: false })
}

/** A page that frames the rendered comment as GitHub shows one: avatar, header, bordered body. */
function page(body: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; }
  html, body { margin: 0; background: #ffffff; }
  body { padding: 16px; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", "Liberation Sans",
    Helvetica, Arial, sans-serif, "Noto Color Emoji"; color: #1f2328; }
  .row { display: flex; gap: 12px; align-items: flex-start; }
  .avatar { width: 40px; height: 40px; border-radius: 6px; background: #2da44e; flex: none;
    color: #fff; font-weight: 600; display: flex; align-items: center; justify-content: center; }
  .comment { flex: 1; border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
  .header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; }
  .header b { color: #1f2328; }
  .label { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; margin-left: 4px; }
  .markdown { padding: 16px; overflow-wrap: break-word; }
  .markdown > :first-child { margin-top: 0; }
  .markdown > :last-child { margin-bottom: 0; }
  .markdown p, .markdown ul, .markdown ol, .markdown table { margin: 0 0 16px; }
  .markdown h1, .markdown h2, .markdown h3 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
  .markdown h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; }
  .markdown h3 { font-size: 1.25em; }
  .markdown ul { padding-left: 2em; }
  .markdown a { color: #0969da; text-decoration: none; }
  .markdown code { font: 85% ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace;
    background: #818b981f; border-radius: 6px; padding: .2em .4em; }
  .markdown pre { background: #f6f8fa; border-radius: 6px; padding: 16px; margin: 0 0 16px;
    overflow: auto; line-height: 1.45; }
  .markdown pre code { background: transparent; padding: 0; white-space: pre; font-size: 85%; }
  .markdown table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
  .markdown th, .markdown td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  .markdown th { font-weight: 600; background: #ffffff; }
  .markdown tr:nth-child(2n) { background: #f6f8fa; }
  .markdown sub { font-size: 75%; color: #59636e; }
</style></head>
<body><div class="row"><div class="avatar">▶</div><div class="comment">
<div class="header"><b>github-actions</b> <span class="label">bot</span> commented</div>
<div class="markdown">${body}</div>
</div></div></body></html>
`
}

/** Runs headless Chromium with a fresh profile and no network or background services. */
function chromium(args: string[], profile: string): string {
  return execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      `--user-data-dir=${profile}`,
      ...args
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 }
  )
}

/** Makes the picture and returns where it is. */
async function main(): Promise<string> {
  const out = resolve(ROOT, process.argv[2] ?? join('docs', 'comment.png'))
  const markdown = await demoComment()
  const html = page((await loadMarked())(markdown))
  const temp = mkdtempSync(join(tmpdir(), 'pr-scope-shot-'))
  try {
    const file = join(temp, 'comment.html')
    // The first pass measures the page at the final width; the second photographs all of it.
    const measure = html.replace(
      '</body>',
      '<script>document.body.dataset.height = Math.ceil(document.querySelector(".row").getBoundingClientRect().bottom + 16)</script></body>'
    )
    writeFileSync(file, measure)
    const dom = chromium(
      [`--window-size=${WIDTH},600`, '--dump-dom', pathToFileURL(file).href],
      join(temp, 'profile-1')
    )
    const height = Number(/data-height="(\d+)"/.exec(dom)?.[1] ?? '1200')
    writeFileSync(file, html)
    chromium(
      [
        `--force-device-scale-factor=${SCALE}`,
        `--window-size=${WIDTH},${height}`,
        `--screenshot=${out}`,
        pathToFileURL(file).href
      ],
      join(temp, 'profile-2')
    )
    if (!existsSync(out) || readFileSync(out).subarray(1, 4).toString() !== 'PNG') {
      throw new Error(`Chromium wrote no PNG at ${out}`)
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
  return out
}

console.log(`Wrote ${await main()}`)
