// Types of script/release.mjs for the tests that import it.

/** A refusal the user can act on. */
export class ReleaseError extends Error {}
/** Compares two X.Y.Z versions: negative, zero or positive. */
export function compareVersions(a: string, b: string): number
/** The body of CHANGELOG.md's section for `version`: the release notes. */
export function releaseNotes(changelog: string, version: string): string
/** CHANGELOG.md with its Unreleased section cut as `version` on `date`. */
export function cutChangelog(changelog: string, version: string, date: string): string
/** Cuts the release in the repository at `root`; returns the command that publishes it. */
export function cutRelease(root: string, version: string): string
