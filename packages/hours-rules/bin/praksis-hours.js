#!/usr/bin/env node
// Thin shim: the CLI is src/cli.ts, built to dist/cli.js.
import { run } from '../dist/cli.js';

process.exitCode = await run(process.argv.slice(2));
