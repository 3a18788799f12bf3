// V8 keeps a substring of 13 characters or more as a view of its parent string. An analysis kept
// across edits (the incremental path reuses lines, statements, mentions and drafts of paragraphs
// an edit did not touch) would then keep, through each such view, the whole text of the version
// it was read from: one old copy of the article per edit, up to one per paragraph. Strings that
// outlive their analysis are made as copies of their own.

/** A copy of `s` that refers to no other string (short strings are copies already). */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
