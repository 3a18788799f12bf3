// Cross-article analysis over a workspace of analysed articles.
export { findCrossArticleFindings, prepareForCrossArticle, crossArticleDigest, type Digest as CrossArticleDigest } from './crossArticle';
export { summariseAnalysis, poolSummaryStrings, fullAnalysis, unpackQuotes, type AnalysisSummary } from './summary';
export { packQuotes, quoteViews, plainQuote, type QuotePack } from './packedQuotes';
export type { WorkspaceDoc, CrossArticleOptions, CrossArticleStats, CrossArticleSlices } from './crossArticle';
export { MAX_PER_STATEMENT } from './crossArticle';
export { mergeSpeakers, sameSpeaker, isNameVariant, editDistance, nameTokens } from './speakers';
export { compareQuotations, quotedUnits, quotedWords, reworded } from './misquote';
export { InvertedIndex } from './invertedIndex';
