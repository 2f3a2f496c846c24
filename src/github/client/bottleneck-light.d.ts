// The throttling plugin schedules every request through Bottleneck's light build (no clustering),
// which ships no types of its own: Bottleneck's types describe it.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
