import * as assert from 'assert';
import { detectLanguage } from '../../src/core/language/detectLanguage';
import { analyzeText } from '../../src/core';

const ENGLISH =
  'The council voted on Tuesday to close the old library, a decision that angered parents who had ' +
  'campaigned for months to keep it open. "We were not even asked," said one mother, who has two ' +
  'children at the school next door. The mayor said the building was unsafe and would cost more than ' +
  'two million dollars to repair.';
const SPANISH =
  'El ayuntamiento votó el martes cerrar la antigua biblioteca, una decisión que enfadó a los padres ' +
  'que habían hecho campaña durante meses para mantenerla abierta. "Ni siquiera nos preguntaron", dijo ' +
  'una madre, que tiene dos hijos en la escuela de al lado. El alcalde dijo que el edificio era ' +
  'inseguro y que costaría más de dos millones de dólares repararlo.';
const GERMAN =
  'Der Stadtrat hat am Dienstag beschlossen, die alte Bibliothek zu schließen. Die Eltern, die monatelang ' +
  'für den Erhalt gekämpft hatten, sind verärgert. "Man hat uns nicht einmal gefragt", sagte eine Mutter ' +
  'mit zwei Kindern an der benachbarten Schule. Der Bürgermeister sagte, das Gebäude sei unsicher und die ' +
  'Reparatur würde mehr als zwei Millionen Euro kosten.';
const RUSSIAN =
  'Городской совет во вторник проголосовал за закрытие старой библиотеки. Родители, которые несколько ' +
  'месяцев боролись за её сохранение, возмущены. «Нас даже не спросили», — сказала одна из матерей, у ' +
  'которой двое детей учатся в соседней школе. Мэр заявил, что здание небезопасно и ремонт обойдётся ' +
  'более чем в два миллиона долларов.';

describe('detectLanguage', () => {
  it('recognises English news prose', () => assert.strictEqual(detectLanguage(ENGLISH), 'en'));
  it('recognises Spanish, German and Russian as not English', () => {
    assert.strictEqual(detectLanguage(SPANISH), 'other');
    assert.strictEqual(detectLanguage(GERMAN), 'other');
    assert.strictEqual(detectLanguage(RUSSIAN), 'other');
  });
  it('does not guess on a few words', () => {
    assert.strictEqual(detectLanguage('Breaking news'), 'unknown');
    assert.strictEqual(detectLanguage(''), 'unknown');
  });
  it('looks only at the start of a huge text', () => {
    assert.strictEqual(detectLanguage(ENGLISH + ' ' + 'x'.repeat(5_000_000)), 'en');
  });
});

describe('analyzeText on a non-English article', () => {
  it('reports the language and raises no findings', () => {
    const text = 'Cierre de la biblioteca\n\n' + (SPANISH + '\n\n').repeat(5);
    const a = analyzeText(text);
    assert.strictEqual(a.article.language, 'other');
    assert.deepStrictEqual(a.findings, []);
  });
  it('still analyses English articles', () => {
    const a = analyzeText('Library to close\n\n' + ENGLISH);
    assert.strictEqual(a.article.language, 'en');
    assert.ok(a.quotes.length >= 1, 'the quote is found');
  });
});
