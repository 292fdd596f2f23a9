// The few parts of autocannon the benchmark uses (the package ships no types).
declare module 'autocannon' {
  export interface AutocannonRequest {
    readonly method?: string;
    readonly path: string;
    readonly headers?: Record<string, string>;
  }
  export interface AutocannonOptions {
    readonly url: string;
    readonly connections?: number;
    readonly duration?: number;
    readonly pipelining?: number;
    readonly headers?: Record<string, string>;
    readonly requests?: readonly AutocannonRequest[];
  }
  export interface AutocannonResult {
    readonly requests: { readonly average: number; readonly total: number };
    readonly latency: { readonly average: number; readonly p50: number; readonly p99: number; readonly max: number };
    readonly errors: number;
    readonly timeouts: number;
    readonly non2xx: number;
  }
  function autocannon(options: AutocannonOptions): Promise<AutocannonResult>;
  export default autocannon;
}
