// The article model: headline, dateline/byline, page furniture, body paragraphs and sentences,
// all as offsets into the text. Each step is a linear pass over lines or characters:
//   lines.ts       text -> lines with offsets (\n, \r\n, lone \r)
//   furniture.ts   which lines are page furniture, alone and in groups
//   header.ts      headline, dateline and byline (dateline.ts forms, dates.ts ISO dates)
//   paragraphs.ts  body lines -> paragraphs; glosses.ts cuts non-English glosses out of them
//   sentences.ts   paragraphs -> sentences
//   parse.ts       parseArticle, the passes in order
//   reparse.ts     reparseArticle, the model after an edit from the model before it
export { parseArticle, type LineKindCache } from './parse';
export { reparseArticle, type ArticleChange } from './reparse';
export { splitSentences } from './sentences';
export type { FurnitureKind } from './furniture';
