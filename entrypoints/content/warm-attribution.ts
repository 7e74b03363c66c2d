/**
 * Attribution's first paragraph on a page costs far more than the next ones:
 * V8 compiles each of attribution's hundred-odd regular expressions on its
 * first use, and the first sentence with a speech verb meets most of them
 * (in Chromium and Node, 80-120 ms for a first sentence that takes 2 ms
 * warm), in one step that cannot pause. So before the page's own text, the
 * content script reads a few short sentences of its own, one per step, each
 * meeting only some of the patterns for the first time; after them the
 * page's first paragraph is read at its warm cost. Done once per content
 * script; what the sentences yield is thrown away.
 */
import type { AttributeStepsFn } from '../../core/analyze-steps';
import { runToEnd, type Steps } from '../../core/steps';

/** From plain to involved: each adds a few patterns to those the ones before compiled. */
const SENTENCES = [
  'The ferry.',
  'Ana Ruiz.',
  '"The ferry."',
  'Ana Ruiz said.',
  'Ana Ruiz said the ferry was late.',
  '"The ferry is late," Ana Ruiz said.',
  '"The ferry is late," said Ana Ruiz, the harbour master.',
  'According to Ana Ruiz, the ferry is late.',
  'Ana Ruiz told reporters on Monday that the ferry was late.',
  'Ana Ruiz, the harbour master, said: "The ferry is late."',
  'She said the ferry was late, adding that the crew had been told.',
  'The council, which Ana Ruiz leads, has said the ferry would run.',
  '"Late," she said of the ferry. "Again."',
  'Ana Ruiz: "The ferry is late."',
  'The Harbour Authority said in a statement that the ferry was late, according to officials.',
];

let warmed = false;

export function* warmAttribution(attributeSteps: AttributeStepsFn): Steps<void> {
  if (warmed) return;
  for (const text of SENTENCES) {
    runToEnd(attributeSteps({ paragraphs: [{ text, start: 0 }], authors: [] }));
    yield;
  }
  warmed = true;
}
