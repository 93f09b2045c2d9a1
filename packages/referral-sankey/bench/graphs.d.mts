// Types for graphs.mjs, which the browser tests and a story import too.
export interface BenchSize {
  name: string;
  nodes: number;
  links: number;
  columns: number;
}
export interface LayeredGraph {
  nodes: { id: string; name: string; column: number }[];
  links: { source: number; target: number; value: number }[];
}
export const SIZES: BenchSize[];
export function layeredGraph(size: Omit<BenchSize, 'name'>, seed?: number): LayeredGraph;
export function asDocument(graph: LayeredGraph, name: string): Record<string, unknown>;
