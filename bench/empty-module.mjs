// An empty module: bench/import-time.mjs times importing it, the floor any package pays.
export {};
