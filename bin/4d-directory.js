#!/usr/bin/env node
// The 4d-directory command: the bundle that `npm ci` (prepare) or `npm run build` writes.
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const bundle = join(__dirname, "..", "out", "cli", "index.js");
if (!existsSync(bundle)) {
  process.stderr.write("4d-directory: not built yet. Run `npm ci` (or `npm run build`) in the project folder first.\n");
  process.exit(2);
}
require(bundle).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
