import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fieldSaid } from '../src/core/messages/field-said.js';

/*
 * Every field problem the server writes in its sources (an object with `field` and `message`, or a
 * schema's own message) must read back to a registered code, so the Deck can say it in Spanish;
 * the catalogue test then makes sure each code has both languages. Interpolations become "7",
 * which any placeholder of a template accepts.
 */

const ROOTS = ['src/app', 'src/core', 'src/http'];
const SCHEMA_CHECKS = new Set(['refine', 'regex', 'min', 'max', 'length', 'url', 'startsWith']);
/*
 * Helpers that make a field problem of the message handed to them (a validator's `problem`, the
 * validation state machine's `fail`, a run's refusal…): the messages written in their calls are
 * field problems too. Their other arguments are field names and codes, which have no spaces.
 */
const PROBLEM_HELPERS = new Set([
  'problem',
  'fail',
  'report',
  'refused',
  'headerProblem',
  'brokenQuote',
  'RunRefusal',
]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** What an interpolation reads as: a quoted value for `JSON.stringify` and helpers like it. */
const value = (node: ts.Expression) =>
  /^(JSON\.stringify|show)\(/.test(node.getText()) ? '"7"' : '7';

/** The English texts an expression can be, or none when it is not written out here. */
function texts(node: ts.Expression): string[] {
  if (ts.isParenthesizedExpression(node)) return texts(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node))
    return [
      node.head.text + node.templateSpans.map((s) => value(s.expression) + s.literal.text).join(''),
    ];
  if (ts.isConditionalExpression(node)) return [...texts(node.whenTrue), ...texts(node.whenFalse)];
  return [];
}

function writtenFieldProblems(): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  for (const file of ROOTS.flatMap(sources)) {
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const where = (node: ts.Node) =>
      `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node)) {
        const names = node.properties.map((p) => p.name?.getText());
        const coded =
          node.properties.some((p) => ts.isSpreadAssignment(p)) || names.includes('code');
        const message = node.properties.find(
          (p): p is ts.PropertyAssignment =>
            ts.isPropertyAssignment(p) && p.name.getText() === 'message',
        );
        if ((names.includes('field') || names.includes('path')) && message && !coded)
          for (const text of texts(message.initializer)) found.push({ where: where(node), text });
      }
      if (
        (ts.isCallExpression(node) || ts.isNewExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        PROBLEM_HELPERS.has(node.expression.text)
      )
        for (const argument of node.arguments ?? [])
          for (const text of texts(argument))
            // A sentence with a capital is a problem's detail, not a field's message.
            if (text.includes(' ') && !/^[A-Z][a-z]/.test(text))
              found.push({ where: where(argument), text });
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        SCHEMA_CHECKS.has(node.expression.name.text)
      )
        for (const argument of node.arguments.slice(node.expression.name.text === 'url' ? 0 : 1)) {
          for (const text of texts(argument)) found.push({ where: where(argument), text });
          if (ts.isObjectLiteralExpression(argument))
            for (const p of argument.properties)
              if (ts.isPropertyAssignment(p) && ['message', 'error'].includes(p.name.getText()))
                for (const text of texts(p.initializer)) found.push({ where: where(p), text });
        }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('field problems the server can emit', () => {
  const written = writtenFieldProblems();

  it('are found in the sources', () => {
    expect(written.length).toBeGreaterThan(250);
  });

  it('each read back to a registered code', () => {
    const uncoded = written.filter(({ text }) => fieldSaid(text) === null);
    expect(uncoded.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });
});
