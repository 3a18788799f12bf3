// Placeholder: the attribution engine (quotes, cues, speakers, coreference) lives here.
import type { Article, Quote, Speaker } from '../types';

export interface Attribution {
  quotes: Quote[];
  speakers: Speaker[];
}

export function findAttributions(_article: Article): Attribution {
  return { quotes: [], speakers: [] };
}
