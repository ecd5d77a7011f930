/// <reference types="vite/client" />
// import.meta.glob and `?raw` imports, as vitest (vite) reads them.
