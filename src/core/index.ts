// The public face of the core: pure analysis, no `vscode`, no Node-only modules.
export * from './types';
export { parseArticle } from './article';
export { findAttributions } from './attribution';
export type { Attribution } from './attribution';
export { findFindings } from './findings';
export { analyzeText } from './analyze';
