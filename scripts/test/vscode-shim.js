#!/usr/bin/env node
// Stands in for the VS Code executable where Microsoft's download is unreachable: give this path
// to @vscode/test-electron's runTests({ vscodeExecutablePath }). It takes VS Code's command-line
// flags and runs the tests in code-server instead (see lib/vscode-shim-main.ts).
require('tsx/cjs');
require('./lib/vscode-shim-main.ts');
