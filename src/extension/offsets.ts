// Offset <-> line/column without keeping an article's text: the workspace index stores only line
// starts, enough to place a finding or quote of a file that is not open. Pure: no `vscode`.

export { lineStarts, positionAt } from '../core/positions';
