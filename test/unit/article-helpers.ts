// Shared helpers for the article-model tests: texts of spans, so assertions read as prose.
import type { Article, Span } from '../../src/core';

export const slice = (text: string, s: Span) => text.slice(s[0], s[1]);
export const sentences = (a: Article) => a.sentences.map((s) => slice(a.text, s));
export const paragraphs = (a: Article) => a.paragraphs.map((s) => slice(a.text, s));
export const boilerplate = (a: Article) => a.boilerplate.map((s) => slice(a.text, s));
