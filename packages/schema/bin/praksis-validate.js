#!/usr/bin/env node
// Thin shim: the command lives in src/cli.ts (built to dist/cli.js).
import { main } from '../dist/cli.js';

process.exitCode = main(process.argv.slice(2));
