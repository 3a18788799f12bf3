// After a change in the workspace the view tells VS Code which speakers changed, not the whole
// tree, when the same speakers are shown in the same order; what VS Code then shows is what a
// provider made afresh shows.
import * as assert from 'assert';
import * as path from 'path';
import { analyzeText, type Analysis } from '../../src/core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installVscodeStub } = require(path.join(__dirname, '..', '..', 'scripts', 'bench', 'vscode-stub.js'));
installVscodeStub();
/* eslint-disable @typescript-eslint/no-require-imports */
const { QuotesTreeProvider } = require('../../src/extension/quotesTree') as typeof import('../../src/extension/quotesTree');
const { SpeakerDirectory } = require('../../src/extension/quotesTreeModel') as typeof import('../../src/extension/quotesTreeModel');
/* eslint-enable @typescript-eslint/no-require-imports */
type Provider = InstanceType<typeof QuotesTreeProvider>;
type Node = import('../../src/extension/quotesTree').QuotesNode;
type Directory = InstanceType<typeof SpeakerDirectory>;

const PIER = ['Pier opening delayed', 'HARBOURTOWN, May 2 -', 'Mayor Ana Ruiz said the pier would open in May.', '"We are on schedule," Ruiz told reporters on Monday.', 'Port chief Eli Moss said the pier would not open before July.', '"No comment," Moss said.', 'Moss said the contractor had not been paid.'];
const SCHOOL = ['School roof repaired', 'LAKESIDE, June 9 -', 'Principal Ines Okafor said the roof was fixed in a week.', '"The children are back," Okafor said.', 'The district said the repair cost less than planned.', '"We are relieved," parent Sam Li said.'];

const entry = (uri: string, a: Analysis) => ({ uri, title: a.article.headline?.text ?? 'article', quotes: a.quotes, speakers: a.speakers, findings: a.findings });
const text = (paragraphs: readonly string[]) => `${paragraphs.join('\n\n')}\n`;

/** Every speaker expanded: labels, descriptions and quotes, as VS Code is given them. */
function shown(p: Provider): unknown {
  return p.getChildren().map((root) => {
    const r = p.getTreeItem(root);
    return { label: r.label, id: r.id, description: r.description, quotes: p.getChildren(root).map((n) => [p.getTreeItem(n).label, p.getTreeItem(n).description, n.kind === 'quote' ? n.item.quote.spans[0][0] : -1]) };
  });
}

function setup(entries: ReturnType<typeof entry>[]) {
  let dir: Directory = new SpeakerDirectory(entries, null);
  const provider = new QuotesTreeProvider({ directory: () => dir } as unknown as ConstructorParameters<typeof QuotesTreeProvider>[0]);
  const events: (Node | Node[] | undefined)[] = [];
  // The stub's emitter does nothing: record what the provider tells VS Code.
  (provider as unknown as { changed: unknown }).changed = { fire: (e: Node | Node[] | undefined) => events.push(e), dispose: () => undefined };
  return { provider, events, show: (next: ReturnType<typeof entry>[]) => (dir = new SpeakerDirectory(next, dir)) };
}

describe('extension quotes tree: refresh after a change', () => {
  it('an edit in one article that keeps the speakers and their order fires only that article\'s speakers, and the view then shows what a fresh provider shows', () => {
    const pier = entry('file:///ws/pier.txt', analyzeText(text(PIER)));
    const school = entry('file:///ws/school.txt', analyzeText(text(SCHOOL)));
    const { provider, events, show } = setup([pier, school]);
    shown(provider);
    const schoolNodes = provider.getChildren().filter((r) => r.kind === 'speaker' && r.group.quotes.some((q) => q.uri === school.uri));
    assert.ok(schoolNodes.length >= 2, 'the school article has speakers of its own');
    // One word changed inside a quote, one sentence moved by a character: counts stay, offsets move.
    const edited = entry('file:///ws/pier.txt', analyzeText(text(PIER).replace('We are on schedule', 'We are on  schedule')));
    show([edited, school]);
    provider.refreshChanged();
    assert.strictEqual(events.length, 1);
    const fired = events[0];
    assert.ok(Array.isArray(fired), 'not the whole tree');
    assert.ok(fired.length > 0);
    for (const node of fired) assert.ok(node.kind === 'speaker' && node.group.quotes.every((q) => q.uri === edited.uri), 'only speakers of the edited article');
    for (const node of schoolNodes) assert.ok(!fired.includes(node));
    const fresh = setup([edited, school]).provider;
    assert.deepStrictEqual(shown(provider), shown(fresh));
  });

  it('a change that reorders or adds speakers refreshes the whole tree', () => {
    const pier = entry('file:///ws/pier.txt', analyzeText(text(PIER)));
    const { provider, events, show } = setup([pier]);
    shown(provider);
    const more = entry('file:///ws/pier.txt', analyzeText(text([...PIER, 'Ruiz said the opening would be a celebration.', '"It will be grand," Ruiz said.', '"Truly," Ruiz said.'])));
    show([more]);
    provider.refreshChanged();
    assert.deepStrictEqual(events, [undefined]);
    const school = entry('file:///ws/school.txt', analyzeText(text(SCHOOL)));
    show([more, school]);
    provider.refreshChanged();
    assert.deepStrictEqual(events, [undefined, undefined]);
    assert.deepStrictEqual(shown(provider), shown(setup([more, school]).provider));
  });

  it('speakers no longer shown let go of their nodes; those still shown keep theirs', () => {
    const pier = entry('file:///ws/pier.txt', analyzeText(text(PIER)));
    const school = entry('file:///ws/school.txt', analyzeText(text(SCHOOL)));
    const { provider, show } = setup([pier, school]);
    shown(provider);
    const roots = provider.getChildren();
    const keyOf = (n: Node) => (n.kind === 'speaker' ? n.group.key : '');
    const schoolKeys = roots.filter((r) => r.kind === 'speaker' && r.group.quotes.every((q) => q.uri === school.uri)).map(keyOf);
    const pierNodes = roots.filter((r) => r.kind === 'speaker' && r.group.quotes.every((q) => q.uri === pier.uri));
    assert.ok(schoolKeys.length >= 2 && pierNodes.length >= 2);
    show([pier]);
    provider.refreshChanged();
    for (const key of schoolKeys) assert.strictEqual(provider.nodeForSpeaker(key), undefined, key);
    for (const node of pierNodes) assert.strictEqual(provider.nodeForSpeaker(keyOf(node)), node);
    assert.deepStrictEqual(shown(provider), shown(setup([pier]).provider));
  });

  it('nothing changed: nothing fired', () => {
    const pier = entry('file:///ws/pier.txt', analyzeText(text(PIER)));
    const { provider, events, show } = setup([pier]);
    shown(provider);
    show([pier]);
    provider.refreshChanged();
    assert.deepStrictEqual(events, []);
  });
});
