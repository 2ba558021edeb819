import { z } from 'zod';

// Zod compiles fast parsers with `new Function` where it may, and probes whether it may by trying
// one. The app's Content-Security-Policy forbids eval, so the probe is refused, and Chromium
// reports every refusal as a policy violation (an issue on every page, and Lighthouse's best
// practices below 100). Jitless parsing never probes. The build puts this module in the chunk
// with zod itself (vite.config.ts), so it runs before any contract builds a schema.
z.config({ jitless: true });
