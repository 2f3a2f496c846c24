// The hidden marker that lets later runs find and edit their own comment.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** `<!-- pr-scope-check:KEY -->` with KEY encoded so that it cannot close the comment early. */
export function commentMarker(key: string): string {
  // encodeURIComponent throws on a lone surrogate and leaves `-` alone (`--` ends a comment).
  const wellFormed = key.replace(LONE_SURROGATE, '\uFFFD')
  return `<!-- pr-scope-check:${encodeURIComponent(wellFormed).replace(/-/g, '%2D')} -->`
}
