#!/usr/bin/env node
// Thin shim: the command lives in src/convert/cli.ts (built to dist/convert/cli.js).
import { main } from '../dist/convert/cli.js';

process.exitCode = await main(process.argv.slice(2));
