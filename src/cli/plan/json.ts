// `pr-scope plan --json`: the JSON of a plan, shared with the board's output `plan`, lives in
// src/report/board-json.ts; the command's modules import it from here.
export {
  inertJson,
  planJson,
  renderPlanJson,
  type PlanAgainst,
  type PlanJson
} from '../../report/board-json.js'
