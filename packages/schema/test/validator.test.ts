import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileSchema, compileSchemas, type JsonSchema } from '../scripts/lib/compile.mjs';
import * as m from '../src/messages.js';
import { escapeToken, parsePointer, sortByDocumentOrder } from '../src/pointer.js';
import { createValidator, type SchemaObject } from '../src/validator.js';

const ID = 'https://example.test/schema/v1/t.schema.json';

/** The compact form of one schema, as the generator writes it. */
function compile(schema: JsonSchema): SchemaObject {
  return compileSchema([{ $id: ID, ...schema }], ID) as SchemaObject;
}

function validate(schema: JsonSchema, data: unknown, options = {}) {
  return createValidator(compile(schema), options).validate(data);
}

/** Just pointer and English message, for compact assertions. */
function en(schema: JsonSchema, data: unknown): string[] {
  return validate(schema, data).map((i) => `${i.path} ${i.message.en}`);
}

// Everything that can be wrong with a schema fails when it is compiled, at generate time
// (generate.test.ts runs the generator on such a schema); the run time trusts the compact form.
describe('compiling schemas', () => {
  const throwsOn = (schema: JsonSchema, pattern: RegExp) => assert.throws(() => compile(schema), pattern);

  test('an unsupported keyword throws, wherever it is', () => {
    throwsOn({ format: 'email' }, /unsupported keyword "format"/);
    throwsOn({ properties: { a: { type: 'string', format: 'email' } } }, /unsupported keyword "format".*|#\/properties\/a/);
    throwsOn({ $defs: { unused: { if: {} } } }, /unsupported keyword "if"/);
    throwsOn({ prefixItems: [] }, /unsupported keyword "prefixItems"/);
    throwsOn({ items: { patternProperties: {} } }, /unsupported keyword "patternProperties"/);
    throwsOn({ anyOf: [{ not: {} }] }, /unsupported keyword "not"/);
    throwsOn({ maxProperties: 2 }, /unsupported keyword "maxProperties"/);
  });

  test('the error names where the keyword is', () => {
    assert.throws(() => compile({ properties: { a: { uniqueItems: true } } }), {
      message: `Schema ${ID}#/properties/a: unsupported keyword "uniqueItems"`,
    });
  });

  test('malformed or unsupported uses of known keywords throw', () => {
    throwsOn({ items: [{ type: 'string' }] }, /items must be a schema/);
    throwsOn({ type: 'text' }, /bad type/);
    throwsOn({ required: 'a' }, /required must list names/);
    throwsOn({ minLength: -1 }, /non-negative integer/);
    throwsOn({ pattern: '(' }, /not a valid regular expression/);
    throwsOn({ properties: { a: { $id: 'https://x.test/a' } } }, /nested \$id/);
    throwsOn({ $schema: 'http://json-schema.org/draft-07/schema#' }, /2020-12/);
    throwsOn({ anyOf: [] }, /non-empty array/);
  });

  test('a $ref that does not resolve throws', () => {
    throwsOn({ $ref: '#/$defs/missing' }, /does not point at a schema/);
    throwsOn({ $ref: 'other.schema.json#/$defs/a' }, /no schema registered with \$id https:\/\/example.test\/schema\/v1\/other.schema.json/);
    throwsOn({ $ref: '#anchor' }, /anchors are not supported/);
  });

  test('a $ref loop that never reaches a value throws', () => {
    throwsOn({ $defs: { a: { $ref: '#/$defs/b' }, b: { allOf: [{ $ref: '#/$defs/a' }] } } }, /loop/);
  });

  test('recursion through properties is fine', () => {
    const tree = { type: 'object', properties: { child: { $ref: '#' } }, additionalProperties: false };
    assert.deepEqual(en(tree, { child: { child: {} } }), []);
    assert.deepEqual(en(tree, { child: { child: { x: 1 } } }), ['/child/child/x unknown field "x"']);
  });

  test('annotations are ignored, $defs is checked', () => {
    assert.deepEqual(en({ title: 't', description: 'd', $comment: 'c', examples: [1], $defs: { a: { type: 'string' } } }, 5), []);
  });

  test('the root $id must be registered', () => {
    assert.throws(() => compileSchema([{ $id: ID }], 'https://example.test/none'), /no schema registered/);
    assert.throws(() => compileSchemas([{ type: 'string' }]), /absolute \$id/);
    assert.throws(() => compileSchemas([{ $id: ID }, { $id: ID }]), /registered twice/);
  });
});

describe('the compact form', () => {
  test('no annotations; a $ref on its own is its target, the same object wherever used', () => {
    const compact = compile({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 't',
      $defs: { day: { description: 'd', type: 'string' } },
      properties: { a: { $ref: '#/$defs/day' }, b: { description: 'x', $ref: '#/$defs/day' }, c: { $ref: '#/$defs/day', minLength: 1 } },
    });
    const { a, b, c } = compact.properties ?? {};
    assert.deepEqual(a, { type: 'string' });
    assert.equal(a, b);
    assert.deepEqual(c, { $ref: a, minLength: 1 });
    assert.deepEqual(Object.keys(compact), ['properties']);
  });

  test('targets: every $ref target and root, with where it is written', () => {
    const { roots, targets } = compileSchemas([{ $id: ID, $defs: { day: { type: 'string' } }, items: { $ref: '#/$defs/day' } }]);
    const root = roots.get(ID) as SchemaObject;
    assert.deepEqual([...targets.values()], [{ id: ID, pointer: '' }, { id: ID, pointer: '/$defs/day' }]);
    assert.equal([...targets.keys()][1], root.items);
  });

  test('a pattern comes without words; the words say what it asks for', () => {
    assert.deepEqual(compile({ pattern: '^[0-9]{6}$' }), { pattern: '^[0-9]{6}$' });
    assert.deepEqual(en({ pattern: '^[0-9]{6}$' }, '12345'), [' must be six digits']);
    assert.deepEqual(validate({ pattern: '^[a-z]+$' }, 'A')[0]?.message, {
      da: 'har ikke den forventede form (^[a-z]+$)',
      en: 'does not have the expected form (^[a-z]+$)',
    });
  });

  test('anyOf/oneOf carry what explains a failure, without words', () => {
    const fields = { oneOf: [{ required: ['a'] }, { required: ['b', 'c'] }] };
    assert.deepEqual(compile(fields).oneOf, { of: [{ required: ['a'] }, { required: ['b', 'c'] }], none: 'fields', several: true });
    assert.deepEqual(validate(fields, {})[0]?.message, { da: 'mangler a eller b og c', en: 'needs a or b and c' });
    assert.deepEqual(validate(fields, { a: 1, b: 2, c: 3 })[0]?.message, {
      da: 'angiv kun én af «a» og «b» og «c»',
      en: 'give only one of "a" and "b" and "c"',
    });
    const several = { oneOf: [{ type: 'number' }, { type: 'integer' }] };
    assert.deepEqual(compile(several).oneOf, { of: [{ type: 'number' }, { type: 'integer' }], types: [['number'], ['integer']], several: true });
    assert.deepEqual(en(several, 2), [' matches more than one of the allowed forms']);
    assert.deepEqual(compile({ anyOf: [{ type: 'boolean' }, { const: 'x' }] }).anyOf, { of: [{ type: 'boolean' }, { const: 'x' }], none: 'values' });
    assert.deepEqual(en({ anyOf: [{ type: 'boolean' }, { const: 'x' }] }, 'y'), [' must be one of: true, false, x']);
    const text = compile({ anyOf: [{ type: 'string' }, { type: 'object', minProperties: 1 }] });
    assert.deepEqual(text.anyOf?.types, [['string'], ['object']]);
    assert.equal(text.anyOf?.none, undefined);
  });

  test('oneOf leaves out "several" only where no two branches can match one value', () => {
    const closed = (required: string, other: string) => ({ type: 'object', properties: { [required]: {}, [other]: {} }, required: [required], additionalProperties: false });
    assert.equal(compile({ oneOf: [{ type: 'string' }, { type: 'integer' }] }).oneOf?.several, undefined);
    assert.equal(compile({ oneOf: [closed('a', 'x'), closed('b', 'x')] }).oneOf?.several, undefined);
    assert.ok(compile({ oneOf: [{ type: 'number' }, { type: 'integer' }] }).oneOf?.several);
    assert.ok(compile({ oneOf: [closed('a', 'b'), closed('b', 'a')] }).oneOf?.several);
    assert.ok(compile({ oneOf: [{ type: 'object' }, { required: ['a'] }] }).oneOf?.several);
  });

  test('the branches the compiler finds closed sets of values are the ones the words list', () => {
    const values = ['a', 1, null, true];
    assert.deepEqual(validate({ anyOf: [{ enum: ['a', 1] }, { const: null }, { const: true }] }, 'x')[0]?.message, m.notInEnum(values));
    const viaRef = { anyOf: [{ $ref: '#/$defs/yesNo' }, { const: 'not-stated', description: 'd' }], $defs: { yesNo: { title: 't', type: 'boolean' } } };
    assert.equal(compile(viaRef).anyOf?.none, 'values');
    assert.deepEqual(validate(viaRef, 'x')[0]?.message, m.notInEnum([true, false, 'not-stated']));
  });
});

describe('keywords', () => {
  test('type, including integer', () => {
    assert.deepEqual(en({ type: 'integer' }, 1.5), [' must be a whole number']);
    assert.deepEqual(en({ type: 'integer' }, 2), []);
    assert.deepEqual(en({ type: 'integer' }, 2.0), []);
    assert.deepEqual(en({ type: 'number' }, '2'), [' must be a number']);
    assert.deepEqual(en({ type: 'number' }, Number.NaN), [' must be a number']);
    assert.deepEqual(en({ type: ['string', 'null'] }, 1), [' must be a string or null']);
    assert.deepEqual(en({ type: 'object' }, []), [' must be an object']);
    assert.deepEqual(en({ type: 'array' }, {}), [' must be an array']);
    assert.deepEqual(en({ type: 'boolean' }, 'true'), [' must be true or false']);
  });

  test('Danish messages', () => {
    const [issue] = validate({ type: 'integer' }, 'x');
    assert.equal(issue?.message.da, 'skal være et heltal');
    assert.equal(validate({ minimum: 0 }, -1)[0]?.message.da, 'skal være mindst 0');
    assert.equal(validate({ maximum: 0.5 }, 1)[0]?.message.da, 'skal være højst 0,5');
    assert.equal(validate({ enum: ['open', 'closed'] }, 'x')[0]?.message.da, 'skal være en af: open, closed');
    assert.equal(validate({ required: ['norm'] }, {})[0]?.message.da, 'mangler påkrævet felt «norm»');
    assert.equal(validate({ additionalProperties: false }, { x: 1 })[0]?.message.da, 'ukendt felt «x»');
  });

  test('numeric bounds', () => {
    assert.deepEqual(en({ minimum: 0 }, 0), []);
    assert.deepEqual(en({ minimum: 0 }, -0.1), [' must be at least 0']);
    assert.deepEqual(en({ maximum: 1 }, 1.01), [' must be at most 1']);
    assert.deepEqual(en({ exclusiveMinimum: 0 }, 0), [' must be greater than 0']);
    assert.deepEqual(en({ exclusiveMaximum: 10 }, 10), [' must be less than 10']);
    assert.deepEqual(en({ exclusiveMaximum: 10 }, 9.99), []);
    assert.deepEqual(en({ minimum: 5 }, 'not a number'), [], 'bounds apply to numbers only');
  });

  test('string length counts code points', () => {
    assert.deepEqual(en({ maxLength: 2 }, '😀😀'), []);
    assert.deepEqual(en({ maxLength: 2 }, '😀😀😀'), [' must be at most 2 characters']);
    assert.deepEqual(en({ minLength: 2 }, '😀'), [' must be at least 2 characters']);
    assert.deepEqual(en({ minLength: 1 }, ''), [' must not be empty']);
  });

  test('pattern, with the u flag and friendly words for our patterns', () => {
    assert.deepEqual(en({ pattern: '^\\p{Lu}$' }, 'Æ'), []);
    assert.deepEqual(en({ pattern: '^a+$' }, 'b'), [' does not have the expected form (^a+$)']);
    const date = '^(19[0-9]{2}|20[0-9]{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';
    assert.deepEqual(en({ pattern: date }, '2026-13-01'), [' must be a date written YYYY-MM-DD, in the years 1900 to 2100']);
    const visible = '(?![\\p{DI}\\u2800])[\\p{L}\\p{N}\\p{P}\\p{S}]';
    // Fillers that are letters or symbols by category yet draw nothing count as invisible too.
    for (const blank of [' ', '\u200B', '\u00A0\t', '\uFEFF', '\u2028', '\u3164', '\u115F\u1160', '\uFFA0', '\u2800', '\u034F']) {
      assert.deepEqual(en({ pattern: visible }, blank), [' must contain at least one visible character, not only spaces or invisible characters'], JSON.stringify(blank));
    }
    for (const text of ['Æ', '1', '–', '€', ' x ']) assert.deepEqual(en({ pattern: visible }, text), [], text);
  });

  test('const and enum', () => {
    assert.deepEqual(en({ const: 'x' }, 'y'), [' must be x']);
    assert.deepEqual(en({ const: { a: [1] } }, { a: [1] }), []);
    assert.deepEqual(en({ enum: ['a', 1, null] }, 2), [' must be one of: a, 1, null']);
  });

  test('objects: required, additionalProperties, minProperties', () => {
    const schema = {
      type: 'object',
      properties: { a: { type: 'string' } },
      required: ['a', 'b'],
      additionalProperties: false,
      minProperties: 1,
    };
    // The object's own issue first, then the fields it lacks (they sort right after their parent).
    assert.deepEqual(en(schema, {}), [' must have at least one field', '/a missing required field "a"', '/b missing required field "b"']);
    assert.deepEqual(en(schema, { a: 'x', b: 1, c: 2 }), ['/b unknown field "b"', '/c unknown field "c"']);
    assert.deepEqual(en({ additionalProperties: { type: 'number' } }, { x: 'y' }), ['/x must be a number']);
  });

  test('undefined counts as absent, as after JSON.stringify', () => {
    assert.deepEqual(en({ required: ['a'], additionalProperties: false }, { a: undefined }), ['/a missing required field "a"']);
  });

  test('arrays: items, minItems, maxItems', () => {
    const schema = { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 3 };
    assert.deepEqual(en(schema, [1]), [' must have at least 2 items']);
    assert.deepEqual(en(schema, [1, 2, 3, 4]), [' must have at most 3 items']);
    assert.deepEqual(en(schema, [1, 'x']), ['/1 must be a whole number']);
  });

  test('boolean schemas', () => {
    assert.deepEqual(en({ properties: { a: true, b: false } }, { a: 1, b: 1 }), ['/b is not allowed here']);
  });

  test('allOf applies every schema', () => {
    assert.deepEqual(en({ allOf: [{ minimum: 2 }, { maximum: 1 }] }, 3), [' must be at most 1']);
    assert.deepEqual(en({ allOf: [{ minimum: 2 }, { maximum: 1 }] }, 0), [' must be at least 2']);
  });

  test('$ref with sibling keywords applies both', () => {
    const schema = { $defs: { n: { type: 'number' } }, $ref: '#/$defs/n', minimum: 5 };
    assert.deepEqual(en(schema, 'x'), [' must be a number']);
    assert.deepEqual(en(schema, 1), [' must be at least 5']);
  });

  test('cross-file $ref resolves against the $id', () => {
    const shared = { $id: 'https://example.test/schema/v1/shared.schema.json', $defs: { day: { type: 'string', pattern: '^d$' } } };
    const main = { $id: ID, properties: { a: { $ref: 'shared.schema.json#/$defs/day' } } };
    const v = createValidator(compileSchema([main, shared], ID));
    assert.deepEqual(v.validate({ a: 'd' }), []);
    assert.deepEqual(v.validate({ a: 'x' }).map((i) => i.path), ['/a']);
  });
});

describe('anyOf and oneOf messages', () => {
  test('branches that only require fields: "needs asOf or period"', () => {
    const schema = { anyOf: [{ required: ['asOf'] }, { required: ['period'] }] };
    const issues = validate(schema, {});
    assert.deepEqual(issues, [{ path: '', message: { da: 'mangler asOf eller period', en: 'needs asOf or period' } }]);
    assert.deepEqual(validate(schema, { period: 1 }), []);
    assert.deepEqual(en({ anyOf: [{ required: ['a', 'b'] }, { required: ['c'] }] }, {}), [' needs a and b or c']);
  });

  test('oneOf of required-only branches, both given', () => {
    const schema = { oneOf: [{ required: ['closed'] }, { required: ['hours'] }] };
    assert.deepEqual(validate(schema, { closed: true, hours: {} }), [
      { path: '', message: { da: 'angiv kun én af «closed» og «hours»', en: 'give only one of "closed" and "hours"' } },
    ]);
  });

  const intake = {
    oneOf: [
      {
        type: 'object',
        properties: { status: { enum: ['open', 'closed'] }, note: { type: 'string' } },
        required: ['status'],
        additionalProperties: false,
      },
      {
        type: 'object',
        properties: { practicesOpen: { type: 'integer' }, practicesClosed: { type: 'integer' }, note: { type: 'string' } },
        required: ['practicesOpen', 'practicesClosed'],
        additionalProperties: false,
      },
    ],
  };

  test('object branches: the one whose fields the data uses', () => {
    assert.deepEqual(en(intake, { status: 'full' }), ['/status must be one of: open, closed']);
    assert.deepEqual(en(intake, { practicesOpen: 2 }), ['/practicesClosed missing required field "practicesClosed"']);
    assert.deepEqual(en(intake, { status: 'open', practicesOpen: 2 }), ['/practicesOpen unknown field "practicesOpen"']);
  });

  test('a const discriminator decides the branch', () => {
    const acute = {
      oneOf: [
        { type: 'object', properties: { by: { const: 'self' } }, required: ['by'], additionalProperties: false },
        {
          type: 'object',
          properties: { by: { const: 'other' }, phone: { type: 'string' } },
          required: ['by', 'phone'],
          additionalProperties: false,
        },
      ],
    };
    assert.deepEqual(en(acute, { by: 'other' }), ['/phone missing required field "phone"']);
    assert.deepEqual(en(acute, { by: 'self', phone: 'x' }), ['/phone unknown field "phone"']);
  });

  test('no branch has the right type: name the types', () => {
    const text = { anyOf: [{ type: 'string', minLength: 1 }, { type: 'object', minProperties: 1 }] };
    assert.deepEqual(en(text, 5), [' must be a string or an object']);
    assert.deepEqual(en(text, ''), [' must not be empty']);
    assert.deepEqual(en(text, {}), [' must have at least one field']);
  });

  test('fixed values in every branch: list them all', () => {
    const stated = { anyOf: [{ type: 'boolean' }, { const: 'not-stated' }] };
    assert.deepEqual(en(stated, 'yes'), [' must be one of: true, false, not-stated']);
    assert.deepEqual(en(stated, false), []);
  });

  test('a plain value failing several fitting branches: say each', () => {
    const bagom = { oneOf: [{ type: 'string', pattern: '^[0-9]+$' }, { enum: ['none'] }] };
    assert.deepEqual(en(bagom, 'x'), [' does not have the expected form (^[0-9]+$), or must be one of: none']);
    assert.equal(validate(bagom, 'x')[0]?.message.da, 'har ikke den forventede form (^[0-9]+$), eller skal være en af: none');
  });

  test('oneOf matching more than one branch', () => {
    assert.deepEqual(en({ oneOf: [{ type: 'number' }, { minimum: 0 }] }, 1), [' matches more than one of the allowed forms']);
    assert.deepEqual(en({ anyOf: [{ type: 'number' }, { minimum: 0 }] }, 1), []);
  });
});

describe('pointers and order', () => {
  test('RFC 6901 escaping of required and additional properties', () => {
    const schema = { required: ['a/b', 'm~n'], properties: { 'x~/y': false }, additionalProperties: false };
    assert.deepEqual(en(schema, { 'x~/y': 1, '~1': 2 }), [
      '/a~1b missing required field "a/b"',
      '/m~0n missing required field "m~n"',
      '/x~0~1y is not allowed here',
      '/~01 unknown field "~1"',
    ]);
    assert.equal(escapeToken('~1'), '~01');
    assert.deepEqual(parsePointer('/~01/a~1b/0'), ['~1', 'a/b', '0']);
    assert.deepEqual(parsePointer(''), []);
  });

  test('issues come in document order, whatever order the schema checks in', () => {
    const schema = {
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' }, list: { items: { type: 'string' } } },
      allOf: [{ properties: { a: { minLength: 5 } } }],
      required: ['z'],
    };
    assert.deepEqual(
      validate(schema, { b: 1, list: [1, 'x', 2], a: 'x' }).map((i) => i.path),
      ['/z', '/b', '/list/0', '/list/2', '/a'],
    );
  });

  test('sortByDocumentOrder is stable and puts missing fields after their parent', () => {
    const m = { da: 'x', en: 'x' };
    const issues = [
      { path: '/b', message: m },
      { path: '/a/missing', message: m },
      { path: '/a/x', message: m },
      { path: '', message: m },
      { path: '/a', message: m },
    ];
    assert.deepEqual(
      sortByDocumentOrder(issues, { a: { x: 1 }, b: 2 }).map((i) => i.path),
      ['', '/a', '/a/missing', '/a/x', '/b'],
    );
  });

  test('at most 50 issues by default, or as many as asked', () => {
    const many = Array.from({ length: 80 }, () => 'x');
    const schema = { items: { type: 'number' } };
    const issues = validate(schema, many);
    assert.equal(issues.length, 50);
    assert.equal(issues[49]?.path, '/49');
    assert.equal(validate(schema, many, { maxIssues: 3 }).length, 3);
  });
});
