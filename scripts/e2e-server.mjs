#!/usr/bin/env node
// Starts the app for end-to-end tests on a fresh, empty data directory.
import { rmSync } from 'node:fs';

rmSync(process.env.DATA_DIR ?? `.e2e-data/${process.env.PORT ?? 3100}`, { recursive: true, force: true });
await import('./start.mjs');
