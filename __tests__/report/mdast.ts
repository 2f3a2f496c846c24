// Reading a rendered report as GitHub reads it: a CommonMark/GFM tree (mdast), walked for the
// tables, code blocks, links, HTML and headings that tests assert on, instead of matching strings.
// (Not a test file: jest runs only *.test.ts.)
import type { Code, Heading, Html, Link, Nodes, Root, RootContent, Table } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { SCOPE_HELP_URL } from '../../src/report/links.js'

/** The report as a GFM tree (tables, autolinks, strikethrough, task lists, footnotes). */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
}

/** Every node of the tree, depth first, in document order. */
export function allNodes(tree: Nodes): Nodes[] {
  const out: Nodes[] = [tree]
  if ('children' in tree) for (const child of tree.children) out.push(...allNodes(child))
  return out
}

/** The nodes of one type. */
export function nodesOf<T extends Nodes['type']>(
  tree: Nodes,
  type: T
): Extract<Nodes, { type: T }>[] {
  return allNodes(tree).filter((node): node is Extract<Nodes, { type: T }> => node.type === type)
}

/**
 * What a reader sees of a node: its text and code, with `<br>` as a line break and other HTML
 * left out (the report's own `<code>` elements wrap text that is read as plain text).
 */
export function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value
  if (node.type === 'html') return /^<br\s*\/?>$/i.test(node.value) ? '\n' : ''
  if (node.type === 'break') return '\n'
  if ('children' in node) return node.children.map((child) => textOf(child)).join('')
  return ''
}

/** A table as its header titles and its rows of cell texts. */
export interface TableText {
  header: string[]
  rows: string[][]
  node: Table
}

/** The tables of the tree, as text. */
export function tablesOf(tree: Nodes): TableText[] {
  return nodesOf(tree, 'table').map((table) => {
    const [head, ...body] = table.children.map((row) => row.children.map((cell) => textOf(cell)))
    return { header: head ?? [], rows: body, node: table }
  })
}

/** The code blocks of the tree. */
export function codeBlocksOf(tree: Nodes): Code[] {
  return nodesOf(tree, 'code')
}

/** The links of the tree, with their visible text. */
export function linksOf(tree: Nodes): Array<{ url: string; text: string; node: Link }> {
  return nodesOf(tree, 'link').map((node) => ({ url: node.url, text: textOf(node), node }))
}

/** The raw HTML of the tree (inline and block). */
export function htmlOf(tree: Nodes): Html[] {
  return nodesOf(tree, 'html')
}

/** The headings' texts. */
export function headingsOf(tree: Nodes): string[] {
  return nodesOf(tree, 'heading').map((heading: Heading) => textOf(heading))
}

/**
 * The top-level nodes from the heading whose text contains `title` up to the next heading: one
 * section of the report. Empty when no heading matches.
 */
export function sectionOf(tree: Root, title: string | RegExp): RootContent[] {
  const children = tree.children
  const start = children.findIndex(
    (node) =>
      node.type === 'heading' &&
      (typeof title === 'string' ? textOf(node).includes(title) : title.test(textOf(node)))
  )
  if (start < 0) return []
  const end = children.findIndex((node, i) => i > start && node.type === 'heading')
  return children.slice(start, end < 0 ? undefined : end)
}

/** A root holding the given nodes, so that the walkers above can read a section. */
export function rootOf(nodes: readonly RootContent[]): Root {
  return { type: 'root', children: [...nodes] }
}

/** The HTML the report writes itself: its code, line break, fold and footer elements and marker. */
export const OWN_HTML =
  /^(?:<\/?(?:code|details|summary|sub)>|<br>|<!-- pr-scope-check:[^\s>]* -->)$/

/**
 * Block HTML nodes may hold our own tags and the Markdown around them on one line
 * (`<details>\n<summary>...</summary>`): every tag in them must be one of ours.
 */
export function foreignHtml(tree: Nodes): string[] {
  const out: string[] = []
  for (const node of htmlOf(tree)) {
    const tags = node.value.match(/<!--[\s\S]*?-->|<[^>]*>?/g) ?? []
    const rest = node.value.replace(/<!--[\s\S]*?-->|<[^>]*>?/g, '').trim()
    for (const tag of tags) if (!OWN_HTML.test(tag)) out.push(tag)
    if (rest !== '' && !/^[^<>]*$/.test(rest)) out.push(rest)
  }
  return out
}

/**
 * Text a reader sees outside code, where GitHub would link a mention (`@name`) or an issue
 * (`#12`, `GH-12`) after rendering. The report defuses them with a zero-width space.
 */
export function liveReferences(tree: Nodes): string[] {
  const found: string[] = []
  const visit = (node: Nodes, inLink: boolean): void => {
    if (node.type === 'code' || node.type === 'inlineCode') return
    if (node.type === 'text' && !inLink) {
      for (const match of node.value.matchAll(/@[A-Za-z0-9]|#\d|\bgh-\d/gi)) found.push(match[0])
    }
    if ('children' in node) {
      for (const child of node.children) visit(child, inLink || node.type === 'link')
    }
  }
  visit(tree, false)
  return found
}

/**
 * The links that the report did not make: those that lead anywhere but into the repository of
 * the test reports (`o/r` on github.com) or to the README section on the Session Scope.
 */
export function foreignLinks(tree: Nodes): string[] {
  return linksOf(tree)
    .map((link) => link.url)
    .filter((url) => !url.startsWith('https://github.com/o/r/') && url !== SCOPE_HELP_URL)
}
