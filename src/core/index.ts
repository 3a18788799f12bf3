// The public face of the core: pure analysis, no `vscode`, no Node-only modules.
export * from './types';
export { parseArticle } from './article';
export { findAttributions } from './attribution';
export type { Attribution } from './attribution';
export { findFindings, compareStatements, articleStatements, checkWorthiness } from './findings';
export type { Statement, Clash, ClashKind } from './findings';
export { findCrossArticleFindings, mergeSpeakers } from './workspace';
export type { WorkspaceDoc, CrossArticleOptions } from './workspace';
export { analyzeText } from './analyze';
export { reanalyze } from './incremental';
export type { TextEdit } from './incremental';
