// run(): inputs -> gather (GitHub) -> decide (domain) -> report. Being built: see issue 3.
export async function run(): Promise<void> {
  throw new Error('the action is not built yet')
}
