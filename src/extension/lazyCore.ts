// The analysis core as the extension bundle sees it: loaded on the first call, not when the
// extension activates. The core's modules build their lexicons and regexes as they load, which is
// most of the bundle's load time and useless in a window with no article open. esbuild.js resolves
// every import of src/core made by src/extension to this file, so importing '../core' directly
// stays correct; run unbundled (tests, tsx), those imports reach the core itself. Every core
// function the extension calls must be here: the bundle would see a missing one as undefined
// (the activation test fails on that).
import type * as Core from '../core';
import type * as Detection from '../core/article/looksLikeArticle';
import type * as Workspace from '../core/workspace';

// Table-free (no work at load), and on the hover, diagnostics and tree paths: no indirection.
export { lineStarts, positionAt } from '../core/positions';
export { detached } from '../core/detached';

let core: typeof Core | undefined;
let detection: typeof Detection | undefined;
let workspace: typeof Workspace | undefined;

/* eslint-disable @typescript-eslint/no-require-imports */
function loadCore(): typeof Core {
  return (core ??= require('../core') as typeof Core);
}
function loadDetection(): typeof Detection {
  return (detection ??= require('../core/article/looksLikeArticle') as typeof Detection);
}
function loadWorkspace(): typeof Workspace {
  return (workspace ??= require('../core/workspace') as typeof Workspace);
}
/* eslint-enable @typescript-eslint/no-require-imports */

/** Whether the core has been loaded (for the activation test and the bench). */
export function coreLoaded(): boolean {
  return core !== undefined || detection !== undefined || workspace !== undefined;
}

export const analyzeText: typeof Core.analyzeText = (text) => loadCore().analyzeText(text);
export const parseArticle: typeof Core.parseArticle = (text) => loadCore().parseArticle(text);
export const reanalyze: typeof Core.reanalyze = (...args) => loadCore().reanalyze(...args);
export const findCrossArticleFindings: typeof Core.findCrossArticleFindings = (docs, options) => loadWorkspace().findCrossArticleFindings(docs, options);
export const prepareForCrossArticle: typeof Workspace.prepareForCrossArticle = (...args) => loadWorkspace().prepareForCrossArticle(...args);
export const looksLikeArticle: typeof Detection.looksLikeArticle = (input) => loadDetection().looksLikeArticle(input);
