// The few autocannon options and results the fleet suite and benches use (the package ships no types).
declare module 'autocannon' {
  type Options = {
    url: string
    connections?: number
    duration?: number
    pipelining?: number
    requests?: { path: string; method?: string }[]
  }
  type Histogram = { average: number; p50: number; p99: number; max: number }
  export type Result = { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number; '2xx': number }
  type Instance = PromiseLike<Result> & { on: (event: 'response', listener: (client: unknown, status: number) => void) => void }
  export default function autocannon(options: Options): Instance
}
