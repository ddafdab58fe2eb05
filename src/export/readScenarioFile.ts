// Opens a scenario file: every envelope version that ever shipped, and a bare scenario as the page keeps it in
// localStorage. All goes through restore(); nothing here throws, whatever the text, and JSON errors say where.
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import {
  isRecord,
  restore,
  SCENARIO_FIELDS,
  type Scenario,
  type ScenarioContext,
  type ScenarioProblem,
} from '../scenario';
import { SCENARIO_FILE_FORMAT, SCENARIO_FILE_VERSION } from './scenarioFile';

export interface ScenarioFileResult {
  /** null when the text is not a saved map at all; the caller keeps the map it has. */
  scenario: Scenario | null;
  problems: ScenarioProblem[];
}

// jsonc-parser's error codes in plain words.
const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a field name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}" — the file may be cut short',
  CloseBracketExpected: 'expected "]" — the file may be cut short',
  EndOfFileExpected: 'unexpected text after the end',
  InvalidCommentToken: 'comments are not allowed',
  UnexpectedEndOfComment: 'comments are not allowed',
  UnexpectedEndOfString: 'a text is not closed with "',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape after \\',
  InvalidCharacter: 'control character inside a text',
};

/**
 * Reads a scenario file's text. `fileName`, when given, starts every message about the file itself.
 *
 * @example
 * readScenarioFile(scenarioFile(s), { systemIds: ['atacms'] });  // { scenario: s, problems: [] }
 * readScenarioFile('{"format": "range-rings-scenario",', context);
 * // { scenario: null, problems: [{ field: 'file', message: 'line 1, column 35: not valid JSON: expected a field name in double quotes' }] }
 */
export function readScenarioFile(
  text: string,
  context: ScenarioContext,
  fileName?: string,
): ScenarioFileResult {
  const fail = (message: string): ScenarioFileResult => ({
    scenario: null,
    problems: [{ field: 'file', message: fileName ? `${fileName}: ${message}` : message }],
  });
  const body = typeof text === 'string' ? text.replace(/^\ufeff/, '') : '';
  if (body.trim() === '') return fail('the file is empty or could not be read');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return fail(syntaxMessage(body));
  }
  if (!isRecord(value)) return fail('not a saved map: the file holds no JSON object');
  if (!('format' in value)) {
    // A bare object with one of a scenario's fields is a scenario as the page stores it.
    if ([...SCENARIO_FIELDS].some((key) => Object.hasOwn(value, key))) return restore(value, context);
    return fail(notAMap(value));
  }
  if (value.format !== SCENARIO_FILE_FORMAT) return fail(notAMap(value));
  const inner = value.scenario;
  if (!isRecord(inner)) return fail('the file names no map to open (its "scenario" is missing)');
  const restored = restore(inner, context);
  const version = value.version;
  if (version === SCENARIO_FILE_VERSION) return restored;
  const said =
    typeof version === 'number' && version > SCENARIO_FILE_VERSION
      ? `this file was saved by a newer version of the page (file version ${version}); what matched was opened`
      : 'this file does not say which version wrote it; it was opened as version 1';
  return {
    scenario: restored.scenario,
    problems: [{ field: 'version', message: said }, ...restored.problems],
  };
}

function notAMap(value: Record<string, unknown>): string {
  if (value.type === 'FeatureCollection' || value.type === 'Feature') {
    return 'this is a GeoJSON file, not a saved map; open a file made with "Save scenario"';
  }
  return 'not a saved map; open a file made with "Save scenario"';
}

// JSON.parse says where only in engine-specific words; jsonc-parser gives the offset of the first error.
function syntaxMessage(text: string): string {
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // jsonc-parser recurses: thousands of nested brackets overflow the stack before it finds the error.
    return 'not valid JSON (nested too deep to read)';
  }
  const first = errors[0];
  if (!first) return 'not valid JSON';
  const code = printParseErrorCode(first.error);
  const before = text.slice(0, first.offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = first.offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return `line ${line}, column ${column}: not valid JSON: ${SYNTAX[code] ?? code}`;
}
