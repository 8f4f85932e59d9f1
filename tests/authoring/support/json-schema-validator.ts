import AjvModule, { type ValidateFunction } from 'ajv';

// ajv is CommonJS; under NodeNext its class sits on `default`.
const Ajv = AjvModule.default;

/**
 * A JSON Schema validator as an editor's tooling would run one: ajv, draft-07, every error at once.
 * Formats are annotations only (as in most editors), so what `date` or `uri` cannot say as a pattern
 * is not checked here either.
 */
export function jsonSchemaValidator(schema: object, options: { strict?: boolean } = {}): ValidateFunction {
  // strictRequired would refuse the `required` inside if/anyOf, which names properties defined one level up.
  const ajv = new Ajv({ allErrors: true, validateFormats: false, strict: options.strict ?? true, strictRequired: false });
  return ajv.compile(schema);
}
