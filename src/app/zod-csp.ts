import { config } from 'zod';

// zod compiles a fast path for object schemas with `new Function`, after probing whether eval is
// allowed. Under the strict CSP (no 'unsafe-eval') that probe alone is reported as a violation,
// even though zod catches it. jitless skips probe and compiler. It must run before any schema is
// built, which is why main.tsx imports this module first.
config({ jitless: true });
