import { describe, expect, it } from 'vitest';
import { JsonRecordError, lineAndColumn, parseJsonRecord, stripBom, trailingComma } from './json-records';

const record = ['{', '  "id": "lectures",', '  "value": 3795,', '  "key": true,', '}'].join('\n');

describe('a JSON record as an editor saves it', () => {
  it('reads a file saved with a byte-order mark like one without', () => {
    expect(parseJsonRecord('\uFEFF{"id": "lectures"}', 'figures/lectures.json')).toEqual({ id: 'lectures' });
    expect(stripBom('\uFEFFabc')).toBe('abc');
    expect(stripBom('abc')).toBe('abc');
  });

  it('reads Windows line endings', () => {
    expect(parseJsonRecord('{\r\n  "id": "lectures"\r\n}\r\n', 'f.json')).toEqual({ id: 'lectures' });
  });

  it('points a trailing comma at the comma’s own line, not the next one', () => {
    const error = (() => {
      try {
        parseJsonRecord(record, 'figures/lectures.json');
      } catch (e) {
        return e as JsonRecordError;
      }
    })();
    expect(error).toBeInstanceOf(JsonRecordError);
    expect(error!.line).toBe(4);
    expect(error!.column).toBe(14);
    expect(error!.message).toBe('figures/lectures.json:4:14: a comma after the last item of a list or object: remove this comma');
  });

  it('finds a trailing comma in a list, and none inside a string', () => {
    expect(trailingComma('{"a": [1, 2,\n]}')).toBe(11);
    expect(trailingComma('{"a": "x,}"}')).toBeUndefined();
    expect(trailingComma('{"a": 1, "b": 2}')).toBeUndefined();
  });

  it('gives other syntax errors their line and a hint', () => {
    expect(() => parseJsonRecord('{\n  "id": "a"\n  "value": 1\n}', 'f.json')).toThrow(
      /^f\.json:3:3: not valid JSON: Expected ',' or '}' after property value .*a comma may be missing/,
    );
    expect(() => parseJsonRecord('{\n  "id": "a\n}', 'f.json')).toThrow(/^f\.json:2:\d+: not valid JSON: .*closed by "/);
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
