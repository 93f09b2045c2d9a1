// Generated from packages/schema/schemas/referral-flows.schema.json by `npm run generate`. Do not edit.
import type { SchemaObject } from '../validator.js';

export const SCHEMA_ID = "https://praksis-widgets.dk/schema/v1/referral-flows.schema.json";

const schema: SchemaObject = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://praksis-widgets.dk/schema/v1/referral-flows.schema.json",
  "type": "object",
  "properties": {
    "$schema": {
      "const": "https://praksis-widgets.dk/schema/v1/referral-flows.schema.json"
    },
    "title": {
      "$ref": "provenance.schema.json#/$defs/text"
    },
    "unit": {
      "enum": [
        "count",
        "per-100-listed-patients"
      ]
    },
    "unitLabel": {
      "$ref": "provenance.schema.json#/$defs/text"
    },
    "period": {
      "$ref": "provenance.schema.json#/$defs/period"
    },
    "stages": {
      "type": "array",
      "minItems": 2,
      "maxItems": 12,
      "items": {
        "$ref": "provenance.schema.json#/$defs/text"
      }
    },
    "suppressBelow": {
      "type": "integer",
      "minimum": 1,
      "maximum": 1000
    },
    "nodes": {
      "type": "array",
      "minItems": 2,
      "maxItems": 5000,
      "items": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "label": {
            "$ref": "provenance.schema.json#/$defs/text"
          },
          "group": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "stage": {
            "type": "integer",
            "minimum": 0,
            "maximum": 11
          }
        },
        "required": [
          "id",
          "label"
        ],
        "additionalProperties": false
      }
    },
    "links": {
      "type": "array",
      "minItems": 1,
      "maxItems": 50000,
      "items": {
        "type": "object",
        "properties": {
          "source": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "target": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "value": {
            "type": "number",
            "minimum": 0
          }
        },
        "required": [
          "source",
          "target",
          "value"
        ],
        "additionalProperties": false
      }
    },
    "provenance": {
      "$ref": "provenance.schema.json#/$defs/provenance"
    }
  },
  "required": [
    "$schema",
    "title",
    "unit",
    "period",
    "nodes",
    "links",
    "provenance"
  ],
  "additionalProperties": false
};

export default schema;
