#!/usr/bin/env node
// Thin shim: the command lives in src/embed/cli.ts (built to dist/embed/cli.js).
import { main } from '../dist/embed/cli.js';

process.exitCode = await main(process.argv.slice(2));
