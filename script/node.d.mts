// Types of script/node.mjs for the TypeScript that imports it (testing/run-action.ts).

/** A Node binary that can run the action's bundle. */
export interface ActionNode {
  path: string
  version: string
  /** True when it is a release fetched into .tmp/node, false when it is the running Node. */
  fetched: boolean
}

/** The repository root. */
export const ROOT: string
/** The major version that GitHub runs the action on (`runs.using: node24`). */
export const ACTION_NODE_MAJOR: number
/** A problem the user can fix. */
export class NodeSetupError extends Error {}
/** The exact Node release development is pinned to, from `.node-version`. */
export function pinnedVersion(root?: string): string
/** The oldest release that package.json's `engines.node` allows. */
export function enginesVersion(root?: string): string
/** The npm package that ships Node's binary for a platform. */
export function nodePackage(platform?: string, arch?: string): string
/** The folder a fetched release is installed in. */
export function nodeHome(version: string, root?: string): string
/** The binary of a fetched release, or null. */
export function fetchedNode(version: string, root?: string): string | null
/** The Node that runs the action's bundle in tests, or null when there is none. */
export function findActionNode(root?: string): ActionNode | null
/** Installs a Node release from the npm registry and returns its binary. */
export function fetchNode(version?: string, root?: string): string
